#!/usr/bin/env node
// How much of a chunked upload with no Content-Length the server takes in before refusing it:
// the streamed reader (lib/server/multipart.ts, at one file's ceiling) beside the platform's
// `request.formData()` that the upload routes called before, in the same run. Prints the bytes
// each pulled from the body, the growth of the process's memory and the time taken. Run through tsx:
//
//   npx tsx scripts/measure-upload-ceiling.mjs [--mb 300]
import { parseArgs } from 'node:util';

const { readMultipart } = await import('@/lib/server/multipart');
const { multipartLimit } = await import('@/lib/upload-limits');

const { values: args } = parseArgs({ options: { mb: { type: 'string', default: '300' } } });
const TOTAL = Number(args.mb) * 1024 * 1024;
const CHUNK = 256 * 1024;

function chunkedRequest() {
  const pulled = { bytes: 0 };
  const body = new ReadableStream({
    pull(controller) {
      if (pulled.bytes >= TOTAL) return controller.close();
      pulled.bytes += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
    },
  }, { highWaterMark: 0 });
  const headers = { 'content-type': 'multipart/form-data; boundary=b' };
  return { request: new Request('http://localhost/upload', { method: 'POST', body, duplex: 'half', headers }), pulled };
}

async function measure(label, read) {
  globalThis.gc?.();
  const { request, pulled } = chunkedRequest();
  const rss = process.memoryUsage().rss;
  let peak = rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const started = performance.now();
  const outcome = await read(request).then(() => 'parsed', (error) => error.name);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  console.log(`${label.padEnd(24)} pulled ${mb(pulled.bytes).padStart(7)} MB  rss +${mb(peak - rss).padStart(7)} MB  ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${outcome}`);
}

console.log(`chunked body of ${args.mb} MB, no Content-Length; ceiling ${(multipartLimit(1) / 1024 / 1024).toFixed(0)} MB`);
await measure('readMultipart', (request) => readMultipart(request, { maxBytes: multipartLimit(1) }));
await measure('request.formData()', (request) => request.formData());
