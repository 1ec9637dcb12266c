// The bounds every spreadsheet and CSV upload is held to, checked before parsing starts (file size,
// the zip's central directory) and while streaming (rows, columns, line length). One table per kind
// of import, one set of checks and messages for all: each refusal names the limit and what was found
// (imports.limits.<name> in the catalogs).
import { AppError } from '@/lib/app-error';

const MIB = 1024 * 1024;

export type ImportLimits = {
  /** The uploaded file. */
  fileBytes: number;
  /** xlsx: entries in the zip's central directory. */
  zipEntries: number;
  /** xlsx: one entry once inflated, and all of them together. */
  entryBytes: number;
  totalBytes: number;
  /** xlsx: inflated ÷ compressed size of an entry larger than RATIO_FLOOR_BYTES (zip bombs reach thousands). */
  compressionRatio: number;
  /** Rows (the header included) and columns of the sheet or CSV. */
  rows: number;
  columns: number;
  /** CSV: characters in one line. */
  lineChars: number;
};

/** Small entries (styles, relationships) may compress far better than data; only large ones are held to the ratio. */
export const RATIO_FLOOR_BYTES = 1 * MIB;

export const IMPORT_LIMITS = {
  // A 200,000-household roster (the most a county has) is 12 MB of CSV, or a 7 MB xlsx holding 70 MB of XML.
  ROSTER: { fileBytes: 64 * MIB, zipEntries: 100, entryBytes: 80 * MIB, totalBytes: 100 * MIB, compressionRatio: 50, rows: 200_001, columns: 50, lineChars: 10_000 },
  // A report template holds at most a few hundred indicators: its sheet is some 100 KB of XML. It is
  // parsed whole, in the request (modules/reports/excel.ts): 7.5 MB of XML took 5.6 s there on a
  // loaded machine, so the bound is tight, with ten times a real template's size to spare.
  REPORT_EXCEL: { fileBytes: 5 * MIB, zipEntries: 100, entryBytes: 2 * MIB, totalBytes: 3 * MIB, compressionRatio: 50, rows: 2_100, columns: 50, lineChars: 10_000 },
} as const satisfies Record<string, ImportLimits>;

export type LimitName = keyof ImportLimits | 'notSpreadsheet' | 'brokenZip' | 'empty';

/** A refusal for going over a limit: imports.limits.<name> with the limit and what was found. */
export function limitExceeded(name: keyof ImportLimits, limit: number, found: number): AppError {
  const inMib = name === 'fileBytes' || name === 'entryBytes' || name === 'totalBytes';
  const show = (n: number) => (inMib ? Math.ceil((n / MIB) * 10) / 10 : n);
  return new AppError('INVALID_INPUT', { messageKey: `imports.limits.${name}`, params: { limit: show(limit), found: show(found) } });
}

/** A file that cannot be read at all: not a spreadsheet, or a damaged zip. */
export function unreadable(name: 'notSpreadsheet' | 'brokenZip' | 'empty'): AppError {
  return new AppError('INVALID_INPUT', { messageKey: `imports.limits.${name}` });
}
