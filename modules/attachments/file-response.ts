// Sends a stored file back to the browser. Every download of evidence goes through here, so the
// headers that keep a file from being run as a page (nosniff, a sandboxing CSP) cannot be forgotten.
export function storedFileResponse(
  file: { mimeType: string; fileName: string },
  bytes: Uint8Array,
  disposition: 'inline' | 'attachment',
): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
