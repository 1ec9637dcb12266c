// Builds the Excel template of a report's figures: one row per indicator, a column per period,
// the working copy's values filled in. Only the value and source cells are unlocked; the
// indicator id sits in a hidden, locked column so an upload is matched by id, not by name.
import ExcelJS from 'exceljs';
import {
  COLUMNS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  META_CELLS,
  META_SHEET,
  PERIOD_COLUMNS,
  PERIOD_ORDER,
  TEMPLATE_FORMAT,
  type TemplateIndicator,
} from '@/modules/reports/excel-layout';
import { reportPeriodsFor } from '@/modules/reports/rules';
import type { ValuePeriod } from '@/modules/reports/values';

export type TemplateLabels = {
  sheet: string;
  instructionsSheet: string;
  title: string;
  subtitle: string;
  columns: { id: string; code: string; name: string; unit: string; source: string } & Record<ValuePeriod, string>;
  /** Shown when Excel refuses a typed value, per indicator type. */
  validation: Record<TemplateIndicator['valueType'], string>;
  instructions: string[];
};

export type TemplateInput = {
  reportId: string;
  indicators: readonly TemplateIndicator[];
  values: readonly { indicatorId: string; period: ValuePeriod; value: string; source: string | null }[];
  labels: TemplateLabels;
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFBEB' } };
const NOT_ASKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCBD5E1' } };

function validationFor(indicator: TemplateIndicator, message: string): ExcelJS.DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, error: message } as const;
  switch (indicator.valueType) {
    case 'COUNT':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'MONEY':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'PERCENT':
      return { ...common, type: 'decimal', operator: 'between', formulae: [0, 100] };
    case 'DECIMAL':
      return undefined;
  }
}

function addDataSheet(workbook: ExcelJS.Workbook, input: TemplateInput) {
  const { labels } = input;
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: COLUMNS.name }] });
  sheet.getCell('B1').value = labels.title;
  sheet.getCell('B1').font = { bold: true, size: 14 };
  sheet.getCell('B2').value = labels.subtitle;
  const header = sheet.getRow(HEADER_ROW);
  header.getCell(COLUMNS.id).value = labels.columns.id;
  header.getCell(COLUMNS.code).value = labels.columns.code;
  header.getCell(COLUMNS.name).value = labels.columns.name;
  header.getCell(COLUMNS.unit).value = labels.columns.unit;
  for (const period of PERIOD_ORDER) header.getCell(PERIOD_COLUMNS[period]).value = labels.columns[period];
  header.getCell(COLUMNS.source).value = labels.columns.source;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  for (const [column, width] of [[COLUMNS.code, 12], [COLUMNS.name, 28], [COLUMNS.unit, 10], [COLUMNS.source, 40], ...PERIOD_ORDER.map((p) => [PERIOD_COLUMNS[p], 14])]) {
    sheet.getColumn(column!).width = width;
  }
  sheet.getColumn(COLUMNS.id).hidden = true;

  const byKey = new Map(input.values.map((v) => [`${v.indicatorId}.${v.period}`, v]));
  input.indicators.forEach((indicator, index) => {
    const row = sheet.getRow(FIRST_DATA_ROW + index);
    row.getCell(COLUMNS.id).value = indicator.id;
    row.getCell(COLUMNS.code).value = indicator.code;
    row.getCell(COLUMNS.name).value = indicator.name;
    row.getCell(COLUMNS.unit).value = indicator.unit;
    const asked = reportPeriodsFor(indicator.valueType);
    let source: string | null = null;
    for (const period of PERIOD_ORDER) {
      const cell = row.getCell(PERIOD_COLUMNS[period]);
      if (!asked.includes(period)) {
        cell.fill = NOT_ASKED_FILL;
        continue;
      }
      const stored = byKey.get(`${indicator.id}.${period}`);
      if (stored) cell.value = Number(stored.value);
      source ??= stored?.source ?? null;
      cell.numFmt = indicator.valueType === 'COUNT' ? '0' : 'General';
      cell.fill = INPUT_FILL;
      cell.protection = { locked: false };
      const validation = validationFor(indicator, input.labels.validation[indicator.valueType]);
      if (validation) cell.dataValidation = validation;
    }
    // One source per row in the sheet: the first one stored among its periods.
    const sourceCell = row.getCell(COLUMNS.source);
    sourceCell.value = source;
    sourceCell.fill = INPUT_FILL;
    sourceCell.protection = { locked: false };
  });
  return sheet;
}

export async function buildReportTemplate(input: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const data = addDataSheet(workbook, input);
  // No password: the lock guards against slips (typing over a code), not against intent.
  await data.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const help = workbook.addWorksheet(input.labels.instructionsSheet);
  help.getColumn(1).width = 100;
  input.labels.instructions.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.getCell(META_CELLS.format).value = TEMPLATE_FORMAT;
  meta.getCell(META_CELLS.reportId).value = input.reportId;
  meta.getCell(META_CELLS.dataSheet).value = input.labels.sheet;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
