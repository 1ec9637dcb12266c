import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/app-error';
import { readXlsx } from '@/modules/households/xlsx';
import { readRosterFile } from '@/modules/households/roster-file';
import { parseCsv } from '@/modules/households/csv';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { assertSpreadsheetWithinLimits, checkZipDirectory } from '@/modules/imports/spreadsheet-bounds';
import { buildZip } from '@/modules/imports/test-zip';

const MIB = 1024 * 1024;
const workbookParts = [
  { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') },
];

/** The refusal thrown by `run`, as its message key and parameters. */
async function refusal(run: () => unknown): Promise<{ key: string; params: Record<string, string | number> }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return { key: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function xlsxOf(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('spreadsheet bounds from the zip directory', () => {
  it('refuses a zip bomb from the directory alone, before inflating anything', async () => {
    // 100 MB of XML packs into well under 1 MB.
    const bomb = buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(100 * MIB, 0x20) }]);
    expect(bomb.length).toBeLessThan(1 * MIB);
    // The directory check is synchronous and inflates nothing.
    expect(await refusal(() => checkZipDirectory(bomb, IMPORT_LIMITS.ROSTER))).toEqual({ key: 'imports.limits.entryBytes', params: { limit: 80, found: 100 } });
  }, 30_000);

  it('refuses a total over the limit, a ratio like a bomb and too many entries', async () => {
    const sheet = (content: Buffer, i = 1) => ({ name: `xl/worksheets/sheet${i}.xml`, content });
    // Five parts declared at 1 MB each, packed 10 times: each within the limits, together not.
    const part = (i: number) => ({ ...sheet(randomBytes(100 * 1024), i), declaredSize: 1 * MIB });
    const many = buildZip([...workbookParts, ...[1, 2, 3, 4, 5].map(part)]);
    expect((await refusal(() => checkZipDirectory(many, IMPORT_LIMITS.REPORT_EXCEL))).key).toBe('imports.limits.totalBytes');
    // 1.5 MB of one repeated byte packs hundreds of times smaller.
    const packed = buildZip([...workbookParts, sheet(Buffer.alloc(1.5 * MIB, 0x20))]);
    expect(await refusal(() => checkZipDirectory(packed, IMPORT_LIMITS.REPORT_EXCEL))).toMatchObject({ key: 'imports.limits.compressionRatio', params: { limit: 50 } });
    const entries = buildZip([...workbookParts, ...Array.from({ length: 120 }, (_, i) => ({ name: `x${i}.xml`, content: Buffer.from('<a/>') }))]);
    expect(await refusal(() => checkZipDirectory(entries, IMPORT_LIMITS.ROSTER))).toEqual({ key: 'imports.limits.zipEntries', params: { limit: 100, found: 122 } });
  });

  it('refuses a file whose directory understates what it inflates to', async () => {
    const liar = buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(2 * MIB, 0x20), declaredSize: 1000 }]);
    expect(() => checkZipDirectory(liar, IMPORT_LIMITS.ROSTER)).not.toThrow();
    expect((await refusal(() => assertSpreadsheetWithinLimits(liar, IMPORT_LIMITS.ROSTER))).key).toBe('imports.limits.brokenZip');
  });

  it('names a damaged zip and a zip that is no workbook, never an internal error', async () => {
    const good = await xlsxOf([['a', 'b']]);
    expect((await refusal(() => assertSpreadsheetWithinLimits(good.subarray(0, good.length - 30), IMPORT_LIMITS.ROSTER))).key).toBe('imports.limits.brokenZip');
    const document = buildZip([{ name: 'word/document.xml', content: Buffer.from('<w/>') }]);
    expect((await refusal(() => assertSpreadsheetWithinLimits(document, IMPORT_LIMITS.ROSTER))).key).toBe('imports.limits.notSpreadsheet');
    expect((await refusal(() => readRosterFile(new Uint8Array()))).key).toBe('imports.limits.empty');
    await expect(assertSpreadsheetWithinLimits(good, IMPORT_LIMITS.ROSTER)).resolves.toBeUndefined();
  });
});

describe('bounds while streaming', () => {
  it('reads a sheet within the limits, row numbers kept', async () => {
    const bytes = await xlsxOf([['户编号', '人口'], ['A1', 3], [], ['A2', 4.5]]);
    expect(await readXlsx(bytes, IMPORT_LIMITS.REPORT_EXCEL)).toEqual([
      { line: 1, cells: ['户编号', '人口'] },
      { line: 2, cells: ['A1', '3'] },
      { line: 4, cells: ['A2', '4.50'] },
    ]);
  });

  it('stops a sheet at the row limit and at the column limit', async () => {
    const tall = await xlsxOf(Array.from({ length: 2_200 }, (_, i) => [`r${i}`]));
    expect(await refusal(() => readXlsx(tall, IMPORT_LIMITS.REPORT_EXCEL))).toEqual({ key: 'imports.limits.rows', params: { limit: 2_100, found: 2_101 } });
    const wide = await xlsxOf([['a'], Array.from({ length: 60 }, (_, i) => i)]);
    expect(await refusal(() => readXlsx(wide, IMPORT_LIMITS.ROSTER))).toEqual({ key: 'imports.limits.columns', params: { limit: 50, found: 60 } });
  });

  it('stops a CSV at the row, column and line-length limits', async () => {
    const limits = { rows: 3, columns: 4, lineChars: 20 };
    expect(parseCsv('a,b\n1,2\n3,4\n', limits)).toHaveLength(3);
    expect(await refusal(() => parseCsv('a\n1\n2\n3\n4\n', limits))).toEqual({ key: 'imports.limits.rows', params: { limit: 3, found: 4 } });
    expect(await refusal(() => parseCsv('a,b,c,d,e\n', limits))).toEqual({ key: 'imports.limits.columns', params: { limit: 4, found: 5 } });
    expect(await refusal(() => parseCsv(`a\n${'x'.repeat(30)}\nb\n`, limits))).toEqual({ key: 'imports.limits.lineChars', params: { limit: 20, found: 30 } });
  });

  it('refuses a roster file over the size limit before reading it', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.ROSTER.fileBytes + 1);
    expect(await refusal(() => readRosterFile(big))).toEqual({ key: 'imports.limits.fileBytes', params: { limit: 64, found: 64.1 } });
  });
});
