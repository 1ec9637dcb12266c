// Reads the first worksheet of an .xlsx file into records of text cells, keeping each row's number.
import ExcelJS from 'exceljs';
import { AppError } from '@/lib/app-error';
import type { CsvRecord } from '@/modules/households/csv';

export async function readXlsx(bytes: Uint8Array): Promise<CsvRecord[]> {
  const workbook = new ExcelJS.Workbook();
  // A zip header on a broken or foreign zip: the user's file, not a server fault.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).catch(() => {
    throw new AppError('INVALID_INPUT', { messageKey: 'siteVisits.roster.errors.notExcel' });
  });
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    records.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return records;
}

export function cellText(value: ExcelJS.CellValue): string {
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
