// Turns an uploaded roster file into records: .xlsx by its content (a zip), anything else as CSV text.
import { decodeText, parseCsv, type CsvRecord } from '@/modules/households/csv';
import { readXlsx } from '@/modules/households/xlsx';

export const MAX_ROSTER_BYTES = 64 * 1024 * 1024;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function readRosterFile(bytes: Uint8Array): Promise<CsvRecord[]> {
  return isZip(bytes) ? readXlsx(bytes) : parseCsv(decodeText(bytes));
}
