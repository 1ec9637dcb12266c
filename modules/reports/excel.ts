// Reads a filled-in report template back: every value cell is checked with parseIndicatorValue
// and any cell that is wrong is listed with its address and reason, so the import can save all
// or nothing. Pure apart from decoding the bytes; no database, no translation.
import ExcelJS from 'exceljs';
import {
  COLUMNS,
  FIRST_DATA_ROW,
  MAX_DATA_ROWS,
  MAX_SOURCE_LENGTH,
  META_CELLS,
  META_SHEET,
  PERIOD_COLUMNS,
  PERIOD_ORDER,
  TEMPLATE_FORMAT,
  columnLetter,
  type TemplateIndicator,
} from '@/modules/reports/excel-layout';
import { reportPeriodsFor } from '@/modules/reports/rules';
import { parseIndicatorValue, type ValuePeriod } from '@/modules/reports/values';

export type RejectedCell = {
  sheet: string;
  cell: string;
  indicatorCode: string | null;
  period: ValuePeriod | null;
  /** The cell's content as found, for the user to recognise it. */
  value: string;
  messageKey: string;
  params?: Record<string, string | number>;
};

export type TemplateValue = { indicatorId: string; period: ValuePeriod; value: string | null; source: string | null };

export type ReadTemplateResult =
  | { ok: true; reportId: string; values: TemplateValue[]; rejected: RejectedCell[] }
  | { ok: false; reason: 'NOT_TEMPLATE' };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The workbook in `bytes`, or null when they are not an .xlsx file at all (checked by content, not by name). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  if (bytes.length < ZIP_MAGIC.length || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) return null;
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    return null;
  }
}

type Raw = { raw: string | number | null; shown: string } | { error: string; shown: string };

/** A cell's content as text or number; formulas give their computed result. */
function readCell(value: ExcelJS.CellValue): Raw {
  if (value === null || value === undefined) return { raw: null, shown: '' };
  if (typeof value === 'number') return { raw: value, shown: String(value) };
  if (typeof value === 'string') return { raw: value, shown: value };
  if (typeof value === 'boolean') return { raw: String(value).toUpperCase(), shown: String(value).toUpperCase() };
  if (value instanceof Date) return { raw: value.toISOString().slice(0, 10), shown: value.toISOString().slice(0, 10) };
  if ('error' in value) return { error: 'cellError', shown: String(value.error) };
  if ('richText' in value) {
    const text = value.richText.map((r) => r.text).join('');
    return { raw: text, shown: text };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? { error: 'formulaNoResult', shown: `=${'formula' in value ? value.formula : value.sharedFormula}` } : readCell(result);
  }
  if ('text' in value) return { raw: String(value.text), shown: String(value.text) };
  return { error: 'cellError', shown: '' };
}

function text(value: ExcelJS.CellValue): string {
  const read = readCell(value);
  return 'raw' in read && read.raw !== null ? String(read.raw).trim() : '';
}

/**
 * The values of a filled template for the given framework. Empty cells become null (the
 * figure is cleared); periods not asked for an indicator must stay empty; rows are matched
 * by the hidden indicator id.
 */
export function readReportTemplate(workbook: ExcelJS.Workbook, indicators: readonly TemplateIndicator[]): ReadTemplateResult {
  const meta = workbook.getWorksheet(META_SHEET);
  if (!meta || text(meta.getCell(META_CELLS.format).value) !== TEMPLATE_FORMAT) return { ok: false, reason: 'NOT_TEMPLATE' };
  const reportId = text(meta.getCell(META_CELLS.reportId).value);
  const sheet = workbook.getWorksheet(text(meta.getCell(META_CELLS.dataSheet).value)) ?? workbook.worksheets.find((s) => s.name !== META_SHEET);
  if (!reportId || !sheet) return { ok: false, reason: 'NOT_TEMPLATE' };

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const values: TemplateValue[] = [];
  const rejected: RejectedCell[] = [];
  const lastRow = Math.min(sheet.rowCount, FIRST_DATA_ROW + MAX_DATA_ROWS - 1);

  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const id = text(row.getCell(COLUMNS.id).value);
    const code = text(row.getCell(COLUMNS.code).value) || null;
    const reject = (column: number, period: ValuePeriod | null, shown: string, messageKey: string, params?: Record<string, string | number>) =>
      rejected.push({ sheet: sheet.name, cell: `${columnLetter(column)}${r}`, indicatorCode: code, period, value: shown, messageKey, ...(params ? { params } : {}) });
    const filled = PERIOD_ORDER.filter((p) => readCell(row.getCell(PERIOD_COLUMNS[p]).value).shown !== '');

    const indicator = byId.get(id);
    if (!indicator) {
      // A blank line or a note under the table is fine; figures that match no indicator are not.
      if (id) reject(COLUMNS.id, null, id, 'excel.cellErrors.unknownIndicator');
      else if (filled.length > 0) reject(PERIOD_COLUMNS[filled[0]!], filled[0]!, readCell(row.getCell(PERIOD_COLUMNS[filled[0]!]).value).shown, 'excel.cellErrors.rowWithoutIndicator');
      continue;
    }
    if (seen.has(id)) {
      reject(COLUMNS.code, null, indicator.code, 'excel.cellErrors.duplicateRow');
      continue;
    }
    seen.add(id);

    const sourceRead = readCell(row.getCell(COLUMNS.source).value);
    const source = 'raw' in sourceRead && sourceRead.raw !== null ? String(sourceRead.raw).trim() || null : null;
    if (source && source.length > MAX_SOURCE_LENGTH) reject(COLUMNS.source, null, `${source.slice(0, 40)}…`, 'excel.cellErrors.sourceTooLong', { max: MAX_SOURCE_LENGTH });

    const asked = reportPeriodsFor(indicator.valueType);
    for (const period of PERIOD_ORDER) {
      const column = PERIOD_COLUMNS[period];
      const read = readCell(row.getCell(column).value);
      if (!asked.includes(period)) {
        if (read.shown !== '') reject(column, period, read.shown, 'excel.cellErrors.periodNotAsked');
        continue;
      }
      if ('error' in read) {
        reject(column, period, read.shown, `excel.cellErrors.${read.error}`);
        continue;
      }
      const parsed = parseIndicatorValue(indicator.valueType, read.raw);
      if (parsed.ok) values.push({ indicatorId: id, period, value: parsed.value, source });
      else reject(column, period, read.shown, parsed.messageKey, parsed.params);
    }
  }
  return { ok: true, reportId, values, rejected };
}
