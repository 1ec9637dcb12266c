// Reads the first worksheet of an .xlsx file into records of text cells, keeping each row's number.
// The file is checked against the limits first (zip directory, inflated sizes); the sheet is then
// streamed row by row, stopping at the row or column limit, so memory follows the rows kept and
// never the size of the XML.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvRecord } from '@/modules/households/csv';
import { limitExceeded, type ImportLimits } from '@/modules/imports/limits';
import { assertSpreadsheetWithinLimits } from '@/modules/imports/spreadsheet-bounds';

export async function readXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<CsvRecord[]> {
  await assertSpreadsheetWithinLimits(bytes, limits);
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  const records: CsvRecord[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.number > limits.rows) throw limitExceeded('rows', limits.rows, row.number);
      const values = row.values as ExcelJS.CellValue[];
      if (values.length - 1 > limits.columns) throw limitExceeded('columns', limits.columns, values.length - 1);
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
      if (cells.some((c) => c !== '')) records.push({ line: row.number, cells });
    }
    // Only the first worksheet holds the roster.
    break;
  }
  return records;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/** Spreadsheet numbers are binary floats: 5123.4 may come back as 5123.400000000001. */
function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const cents = Math.round(n * 100);
  return Math.abs(n * 100 - cents) < 1e-6 ? (cents / 100).toFixed(2) : String(n);
}
