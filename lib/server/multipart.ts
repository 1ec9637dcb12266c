// Reads a multipart/form-data request body with a byte ceiling enforced while the body streams in.
// A declared Content-Length above the ceiling is refused before reading; a smaller or missing one
// (a chunked upload) is never trusted: reading stops at the first chunk that passes the ceiling,
// so memory never holds more than the ceiling plus one chunk. Every upload route reads through here.
import { AppError } from '@/lib/app-error';
import { bytesToMb } from '@/lib/upload-limits';

export type MultipartLimits = { maxBytes: number };

export type MultipartParts = {
  /** Text parts by name; the first value when a name repeats. */
  fields: Record<string, string>;
  /** File parts by name, in order; the empty part a browser sends for an unused file input is left out. */
  files: Record<string, File[]>;
};

/** A refused body: INVALID_INPUT with a translated message, answered as 413 (too large) or 422 (unreadable). */
export class MultipartError extends AppError {
  readonly status: 413 | 422;

  constructor(reason: 'tooLarge' | 'unreadable', maxBytes: number) {
    super('INVALID_INPUT', { messageKey: reason === 'tooLarge' ? 'uploads.bodyTooLarge' : 'uploads.unreadableBody', params: { max: bytesToMb(maxBytes) } });
    this.name = 'MultipartError';
    this.status = reason === 'tooLarge' ? 413 : 422;
  }
}

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new MultipartError('tooLarge', maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new MultipartError('tooLarge', maxBytes);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function readMultipart(request: Request, limits: MultipartLimits): Promise<MultipartParts> {
  const body = await readCapped(request, limits.maxBytes);
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) throw new MultipartError('unreadable', limits.maxBytes);
  // The body is in memory and bounded now; the platform's parser splits it into parts.
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => null);
  if (!form) throw new MultipartError('unreadable', limits.maxBytes);
  // No prototype: a part named "constructor" or "__proto__" is just a name.
  const parts: MultipartParts = { fields: Object.create(null) as MultipartParts['fields'], files: Object.create(null) as MultipartParts['files'] };
  for (const [name, value] of form) {
    if (typeof value === 'string') parts.fields[name] ??= value;
    else if (value.size > 0 || value.name !== '') (parts.files[name] ??= []).push(value);
  }
  return parts;
}
