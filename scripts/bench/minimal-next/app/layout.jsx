// The framework's floor for the HTTP benchmark: a minimal Next app (same Next version as the product)
// whose one page does what the findings list does at its least: the same rows, server-rendered.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
