// Print styles of the report page: A4 with margins, and nothing of the app shell on paper.
// The shell's header is the only <header> on the page (the report itself uses none).
const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html, body { background: #fff !important; }
  body header, [data-print-hidden] { display: none !important; }
  main#main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .print-report { font-size: 10.5pt; color: #000; }
  .print-report section { break-inside: auto; }
  .print-report h2, .print-report h3, .print-report caption { break-after: avoid; }
  .print-report tr, .print-report li { break-inside: avoid; }
  .print-report .overflow-x-auto { overflow: visible !important; }
  .print-report a { color: inherit; text-decoration: none; }
}
`;

export function PrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
