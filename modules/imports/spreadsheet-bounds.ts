// Checks an uploaded .xlsx against the import limits before any parser sees it: first from the zip's
// central directory alone (entry count, each entry's and the total declared size, compression
// ratio), then by inflating each entry into nothing, stopping as soon as it passes what its directory
// declared, so a file that lies about its sizes is refused too. After this, a parser of the file
// reads at most `totalBytes` of XML.
import { createInflateRaw } from 'node:zlib';
import { limitExceeded, RATIO_FLOOR_BYTES, unreadable, type ImportLimits } from '@/modules/imports/limits';
import { readZipDirectory, type ZipEntry } from '@/modules/imports/zip-directory';

const STORED = 0;
const DEFLATED = 8;

export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Refuses from the directory alone; returns the entries for the inflating check. */
export function checkZipDirectory(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  if (bytes.length > limits.fileBytes) throw limitExceeded('fileBytes', limits.fileBytes, bytes.length);
  if (!isZip(bytes)) throw unreadable('notSpreadsheet');
  const entries = readZipDirectory(bytes);
  if (!entries) throw unreadable('brokenZip');
  if (entries.length > limits.zipEntries) throw limitExceeded('zipEntries', limits.zipEntries, entries.length);
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedBytes > limits.entryBytes) throw limitExceeded('entryBytes', limits.entryBytes, entry.uncompressedBytes);
    const ratio = entry.uncompressedBytes / Math.max(1, entry.compressedBytes);
    if (entry.uncompressedBytes > RATIO_FLOOR_BYTES && ratio > limits.compressionRatio) throw limitExceeded('compressionRatio', limits.compressionRatio, Math.round(ratio));
    total += entry.uncompressedBytes;
  }
  if (total > limits.totalBytes) throw limitExceeded('totalBytes', limits.totalBytes, total);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw unreadable('notSpreadsheet');
  return entries;
}

/** The whole check: the directory, then every entry inflated (and thrown away) within its declared size. */
export async function assertSpreadsheetWithinLimits(bytes: Uint8Array, limits: ImportLimits): Promise<void> {
  for (const entry of checkZipDirectory(bytes, limits)) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedBytes);
    if (entry.method === STORED) continue;
    if (entry.method !== DEFLATED) throw unreadable('brokenZip');
    const inflated = await inflatedSize(data, entry.uncompressedBytes);
    if (inflated !== entry.uncompressedBytes) throw unreadable('brokenZip');
  }
}

/** Inflated length of raw deflate data, or the first count past `declared` (inflating stops there). */
function inflatedSize(data: Uint8Array, declared: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > declared) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    // A damaged stream: -1 never matches a declared size.
    inflate.on('error', () => resolve(-1));
    inflate.end(data);
  });
}
