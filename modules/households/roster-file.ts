// Turns an uploaded roster file into records: .xlsx by its content (a zip), anything else as CSV
// text; both held to the roster's import limits before and while they are read.
import { decodeText, parseCsv, type CsvRecord } from '@/modules/households/csv';
import { readXlsx } from '@/modules/households/xlsx';
import { IMPORT_LIMITS, limitExceeded, unreadable } from '@/modules/imports/limits';
import { isZip } from '@/modules/imports/spreadsheet-bounds';

const LIMITS = IMPORT_LIMITS.ROSTER;

export async function readRosterFile(bytes: Uint8Array): Promise<CsvRecord[]> {
  if (bytes.length === 0) throw unreadable('empty');
  if (bytes.length > LIMITS.fileBytes) throw limitExceeded('fileBytes', LIMITS.fileBytes, bytes.length);
  return isZip(bytes) ? readXlsx(bytes, LIMITS) : parseCsv(decodeText(bytes), LIMITS);
}
