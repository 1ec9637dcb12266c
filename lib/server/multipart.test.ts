import { describe, expect, it } from 'vitest';
import { MultipartError, readMultipart } from '@/lib/server/multipart';

const CHUNK = 64 * 1024;
const LIMIT = 1024 * 1024;
const URL = 'http://localhost/upload';

/** A chunked body of `total` bytes that counts how much the reader pulled from it. */
function countedStream(total: number) {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(CHUNK, total - pulled.bytes)).fill(0x61);
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  return { stream, pulled };
}

const multipartHeaders = { 'content-type': 'multipart/form-data; boundary=b' };

describe('readMultipart', () => {
  it('returns text fields and files, leaving out the empty part of an unused file input', async () => {
    const form = new FormData();
    form.set('version', '3');
    form.append('files', new File(['%PDF-1.7'], '报告.pdf'));
    form.append('files', new File([], ''));
    const parts = await readMultipart(new Request(URL, { method: 'POST', body: form }), { maxBytes: LIMIT });
    expect(parts.fields.version).toBe('3');
    expect(parts.files.files?.map((f) => f.name)).toEqual(['报告.pdf']);
    expect(await parts.files.files?.[0]?.text()).toBe('%PDF-1.7');
  });

  it('cuts off a chunked body with no Content-Length at the limit, having read at most one chunk more', async () => {
    const { stream, pulled } = countedStream(10 * LIMIT);
    const request = new Request(URL, { method: 'POST', body: stream, duplex: 'half', headers: multipartHeaders } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const refusal = await readMultipart(request, { maxBytes: LIMIT }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MultipartError);
    expect(refusal).toMatchObject({ status: 413, messageKey: 'uploads.bodyTooLarge', params: { max: 1 } });
    expect(pulled.bytes).toBeGreaterThan(LIMIT);
    expect(pulled.bytes).toBeLessThanOrEqual(LIMIT + CHUNK);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { stream, pulled } = countedStream(2 * LIMIT);
    const headers = { ...multipartHeaders, 'content-length': String(2 * LIMIT) };
    const request = new Request(URL, { method: 'POST', body: stream, duplex: 'half', headers } as RequestInit);
    await expect(readMultipart(request, { maxBytes: LIMIT })).rejects.toMatchObject({ status: 413 });
    expect(pulled.bytes).toBe(0);
  });

  it('does not believe a Content-Length smaller than the body', async () => {
    const { stream } = countedStream(2 * LIMIT);
    const headers = { ...multipartHeaders, 'content-length': '100' };
    const request = new Request(URL, { method: 'POST', body: stream, duplex: 'half', headers } as RequestInit);
    await expect(readMultipart(request, { maxBytes: LIMIT })).rejects.toMatchObject({ status: 413 });
  });

  it('answers a body that is not multipart, or broken, as unreadable (422)', async () => {
    const json = new Request(URL, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    await expect(readMultipart(json, { maxBytes: LIMIT })).rejects.toMatchObject({ status: 422, messageKey: 'uploads.unreadableBody' });
    const broken = new Request(URL, { method: 'POST', body: '--b\r\nContent-Disposition: form-data; name="x"\r\n', headers: multipartHeaders });
    await expect(readMultipart(broken, { maxBytes: LIMIT })).rejects.toMatchObject({ status: 422 });
  });
});
