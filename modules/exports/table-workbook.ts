// A list as an Excel workbook laid out like its printed page: a title, a few lines about it (whose
// list, when), then the table with a bordered header row; landscape A4, fitted to the page width,
// the header repeated on every printed page. Cells hold text or numbers as the page shows them.
import ExcelJS from 'exceljs';
import { toLocalDateInput } from '@/lib/local-time';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TableWorkbook = {
  sheet: string;
  title: string;
  lines: string[];
  columns: { title: string; width: number }[];
  rows: (string | number)[][];
};

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export async function buildTableWorkbook(input: TableWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(input.sheet.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const span = input.columns.length;
  const titleRow = sheet.addRow([input.title]);
  sheet.mergeCells(titleRow.number, 1, titleRow.number, span);
  titleRow.getCell(1).font = { bold: true, size: 16 };
  titleRow.getCell(1).alignment = { horizontal: 'center' };
  for (const line of input.lines) {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, span);
  }
  const header = sheet.addRow(input.columns.map((c) => c.title));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F9' } };
  });
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  for (const values of input.rows) {
    sheet.addRow(values).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  input.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name without the characters file systems refuse, at most 100 characters. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
}

/** The names of a download made now: dated by the calendar day in the assessment's zone (the day its users see). */
export function datedXlsxNames(name: string, fallback: string, now: Date): { fileName: string; fallbackName: string } {
  const day = toLocalDateInput(now);
  return { fileName: `${safeFileName(name)}-${day}.xlsx`, fallbackName: `${fallback}-${day}.xlsx` };
}
