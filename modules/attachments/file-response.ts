// Sends a stored file back to the browser. Every download of evidence goes through here, so the
// headers that keep a file from being run as a page (nosniff, a sandboxing CSP) cannot be forgotten.
// The file is streamed from the store (the data folder or the bucket) to the response, never held whole.
import { getBlobStore } from '@/modules/attachments/blob-store';

export type StoredFileRow = { sha256: string; mimeType: string; fileName: string };

/** `inline-images`: images open in the page (previews), other files download. */
export type FileDisposition = 'inline' | 'attachment' | 'inline-images';

/** The file a row names, or 404 when there is no row (missing or out of scope) or no stored file. */
export async function storedFileResponse(row: StoredFileRow | null, disposition: FileDisposition): Promise<Response> {
  const blob = row ? await getBlobStore().open(row.sha256) : null;
  if (!row || !blob) return Response.json({ ok: false, code: 'NOT_FOUND' }, { status: 404 });
  const inline = disposition === 'inline' || (disposition === 'inline-images' && row.mimeType.startsWith('image/'));
  return new Response(blob.body, {
    headers: {
      'Content-Type': row.mimeType,
      'Content-Length': String(blob.size),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
