// Builds the Excel export of one submitted revision of a report: a summary and the figures,
// the narrative (and paired-assistance details), and the rule warnings stored with it.
// Everything arrives labelled and formatted; this file only lays it out.
import ExcelJS from 'exceljs';
import { PERIOD_ORDER, type TemplateIndicator } from '@/modules/reports/excel-layout';
import { reportPeriodsFor } from '@/modules/reports/rules';
import type { RuleWarning } from '@/modules/reports/warnings';
import type { ValuePeriod } from '@/modules/reports/values';

export type ExportLabels = {
  sheet: string;
  contentSheet: string;
  warningsSheet: string;
  columns: { code: string; name: string; unit: string; source: string; section: string; content: string; rule: string; description: string; message: string };
  periods: Record<ValuePeriod, string>;
};

export type ExportInput = {
  /** Label → value lines above the figures (title, region, revision, status, times…). */
  summary: readonly (readonly [string, string])[];
  indicators: readonly TemplateIndicator[];
  /** Keyed `${indicatorId}.${period}`. */
  values: Readonly<Record<string, { value: string; source: string | null }>>;
  /** Label → text: narrative sections, then paired-assistance details. */
  content: readonly (readonly [string, string])[];
  warnings: readonly RuleWarning[];
  labels: ExportLabels;
};

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };

function header(row: ExcelJS.Row) {
  row.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
  });
}

function addFigures(workbook: ExcelJS.Workbook, input: ExportInput) {
  const { labels } = input;
  const sheet = workbook.addWorksheet(labels.sheet);
  for (const [label, value] of input.summary) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = BOLD;
  }
  sheet.addRow([]);
  const columns = [labels.columns.code, labels.columns.name, labels.columns.unit, ...PERIOD_ORDER.map((p) => labels.periods[p]), labels.columns.source];
  header(sheet.addRow(columns));
  for (const indicator of input.indicators) {
    const asked = reportPeriodsFor(indicator.valueType);
    const figures = PERIOD_ORDER.map((p) => (asked.includes(p) ? input.values[`${indicator.id}.${p}`] : undefined));
    const sources = [...new Set(figures.map((f) => f?.source).filter((s): s is string => Boolean(s)))];
    // Numbers stay numbers, so the export can be summed and charted.
    sheet.addRow([indicator.code, indicator.name, indicator.unit, ...figures.map((f) => (f ? Number(f.value) : null)), sources.join('；')]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = [14, 28, 10, 14, 14, 14, 40][i] ?? 14;
  });
}

function addTable(workbook: ExcelJS.Workbook, name: string, columns: string[], rows: readonly (readonly string[])[], widths: number[]) {
  const sheet = workbook.addWorksheet(name);
  header(sheet.addRow(columns));
  for (const row of rows) {
    sheet.addRow([...row]).eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

export async function buildReportExport(input: ExportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  addFigures(workbook, input);
  const { columns } = input.labels;
  addTable(workbook, input.labels.contentSheet, [columns.section, columns.content], input.content, [24, 100]);
  if (input.warnings.length > 0) {
    const rows = input.warnings.map((w) => [w.code, w.description, w.message]);
    addTable(workbook, input.labels.warningsSheet, [columns.rule, columns.description, columns.message], rows, [12, 40, 60]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
