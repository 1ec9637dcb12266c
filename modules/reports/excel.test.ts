import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIRST_DATA_ROW, type TemplateIndicator } from '@/modules/reports/excel-layout';
import { loadWorkbook, readReportTemplate } from '@/modules/reports/excel';
import { buildReportTemplate, type TemplateLabels } from '@/modules/reports/excel-template';

const INDICATORS: TemplateIndicator[] = [
  { id: 'ind-pr01', code: 'PR-01', name: '脱贫人数', unit: '人', valueType: 'COUNT' },
  { id: 'ind-pr02', code: 'PR-02', name: '脱贫率', unit: '%', valueType: 'PERCENT' },
  { id: 'ind-fm01', code: 'FM-01', name: '扶贫资金投入', unit: '亿元', valueType: 'MONEY' },
];

const LABELS: TemplateLabels = {
  sheet: '填报数据',
  instructionsSheet: '填写说明',
  title: '肇庆市工作汇报：数值填报模板',
  subtitle: '肇庆市',
  columns: { id: '指标ID', code: '指标编码', name: '指标名称', unit: '计量单位', source: '数据来源', CUMULATIVE: '累计', THIS_YEAR: '本年度', BASELINE: '基期' },
  validation: { MONEY: '≥ 0', COUNT: '整数', PERCENT: '0–100', DECIMAL: '' },
  instructions: ['填写说明', '只填写浅黄色单元格。'],
};

const template = () =>
  buildReportTemplate({
    reportId: 'report-1',
    indicators: INDICATORS,
    values: [
      { indicatorId: 'ind-pr01', period: 'CUMULATIVE', value: '83000', source: '扶贫信息系统' },
      { indicatorId: 'ind-fm01', period: 'THIS_YEAR', value: '4.2', source: null },
    ],
    labels: LABELS,
  });

async function read(bytes: Uint8Array) {
  const workbook = await loadWorkbook(bytes);
  if (!workbook) throw new Error('not a workbook');
  return readReportTemplate(workbook, INDICATORS);
}

/** Opens the template as a user's spreadsheet program would, lets `fill` change cells of the data sheet, saves. */
async function filled(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template()) as unknown as ExcelJS.Buffer);
  fill(workbook.getWorksheet('填报数据')!);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const row = (code: string) => FIRST_DATA_ROW + INDICATORS.findIndex((i) => i.code === code);

describe('the report template', () => {
  it('reads back what it was built with, clearing the periods left empty', async () => {
    const result = await read(await template());
    expect(result).toMatchObject({ ok: true, reportId: 'report-1', rejected: [] });
    if (!result.ok) return;
    expect(result.values.filter((v) => v.value !== null)).toEqual([
      { indicatorId: 'ind-pr01', period: 'CUMULATIVE', value: '83000', source: '扶贫信息系统' },
      { indicatorId: 'ind-fm01', period: 'THIS_YEAR', value: '4.2', source: null },
    ]);
    // Cumulative and this year for counts and money, plus the baseline for rates: 2 + 3 + 2.
    expect(result.values).toHaveLength(7);
  });

  it('hides the id column, locks the sheet and leaves only value and source cells open', async () => {
    const workbook = (await loadWorkbook(await template()))!;
    const sheet = workbook.getWorksheet('填报数据')!;
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getCell(`A${row('PR-01')}`).value).toBe('ind-pr01');
    expect(sheet.getCell(`B${row('PR-01')}`).protection?.locked).not.toBe(false);
    expect(sheet.getCell(`E${row('PR-01')}`).protection?.locked).toBe(false);
    expect(sheet.getCell(`G${row('PR-01')}`).protection?.locked).not.toBe(false);
    expect(sheet.getCell(`G${row('PR-02')}`).protection?.locked).toBe(false);
    expect(workbook.getWorksheet('meta')?.state).toBe('veryHidden');
    expect(workbook.getWorksheet('填写说明')?.getCell('A2').value).toBe('只填写浅黄色单元格。');
  });

  it('reads values typed offline: numbers, text with separators, percent signs, formulas', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(`F${row('PR-01')}`).value = '14,000';
      sheet.getCell(`E${row('PR-02')}`).value = '89.2%';
      sheet.getCell(`G${row('PR-02')}`).value = { formula: '3+0.08', result: 3.08 };
      sheet.getCell(`E${row('FM-01')}`).value = 17.9;
      sheet.getCell(`H${row('FM-01')}`).value = '财政拨付凭证';
    });
    const result = await read(bytes);
    expect(result.ok && result.rejected).toEqual([]);
    if (!result.ok) return;
    const value = (id: string, period: string) => result.values.find((v) => v.indicatorId === id && v.period === period);
    expect(value('ind-pr01', 'THIS_YEAR')?.value).toBe('14000');
    expect(value('ind-pr02', 'CUMULATIVE')?.value).toBe('89.2');
    expect(value('ind-pr02', 'BASELINE')?.value).toBe('3.08');
    expect(value('ind-fm01', 'CUMULATIVE')).toEqual({ indicatorId: 'ind-fm01', period: 'CUMULATIVE', value: '17.9', source: '财政拨付凭证' });
  });

  it('lists every bad cell with its address, indicator, period, value and reason', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(`E${row('PR-01')}`).value = 'abc';
      sheet.getCell(`F${row('PR-01')}`).value = 1.5;
      sheet.getCell(`G${row('PR-01')}`).value = 7;
      sheet.getCell(`E${row('PR-02')}`).value = 120;
      sheet.getCell(`F${row('FM-01')}`).value = -3;
      sheet.getCell(`E${row('FM-01')}`).value = { error: '#DIV/0!' };
      sheet.getCell(`A${FIRST_DATA_ROW + 3}`).value = 'someone-elses-indicator';
      sheet.getCell(`E${FIRST_DATA_ROW + 4}`).value = 99;
    });
    const result = await read(bytes);
    if (!result.ok) throw new Error('expected a template');
    expect(result.rejected.map((r) => [r.cell, r.indicatorCode, r.period, r.value, r.messageKey])).toEqual([
      [`E${row('PR-01')}`, 'PR-01', 'CUMULATIVE', 'abc', 'reports.valueErrors.notNumber'],
      [`F${row('PR-01')}`, 'PR-01', 'THIS_YEAR', '1.5', 'reports.valueErrors.notWhole'],
      [`G${row('PR-01')}`, 'PR-01', 'BASELINE', '7', 'excel.cellErrors.periodNotAsked'],
      [`E${row('PR-02')}`, 'PR-02', 'CUMULATIVE', '120', 'reports.valueErrors.percentRange'],
      [`E${row('FM-01')}`, 'FM-01', 'CUMULATIVE', '#DIV/0!', 'excel.cellErrors.cellError'],
      [`F${row('FM-01')}`, 'FM-01', 'THIS_YEAR', '-3', 'reports.valueErrors.negative'],
      [`A${FIRST_DATA_ROW + 3}`, null, null, 'someone-elses-indicator', 'excel.cellErrors.unknownIndicator'],
      [`E${FIRST_DATA_ROW + 4}`, null, 'CUMULATIVE', '99', 'excel.cellErrors.rowWithoutIndicator'],
    ]);
    expect(result.rejected.every((r) => r.sheet === '填报数据')).toBe(true);
  });

  it('refuses a row given twice and a formula without a computed result', async () => {
    const bytes = await filled((sheet) => {
      sheet.getCell(`A${FIRST_DATA_ROW + 3}`).value = 'ind-pr01';
      sheet.getCell(`B${FIRST_DATA_ROW + 3}`).value = 'PR-01';
      sheet.getCell(`F${row('FM-01')}`).value = { formula: 'E5*2' } as ExcelJS.CellFormulaValue;
    });
    const result = await read(bytes);
    if (!result.ok) throw new Error('expected a template');
    expect(result.rejected.map((r) => [r.cell, r.messageKey])).toEqual([
      [`F${row('FM-01')}`, 'excel.cellErrors.formulaNoResult'],
      [`B${FIRST_DATA_ROW + 3}`, 'excel.cellErrors.duplicateRow'],
    ]);
  });
});

describe('files that are not a template', () => {
  it('does not open a PNG, a text file or an empty file as a workbook', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await loadWorkbook(png)).toBeNull();
    expect(await loadWorkbook(new TextEncoder().encode('代码,数值\nPR-01,83000\n'))).toBeNull();
    expect(await loadWorkbook(new Uint8Array())).toBeNull();
  });

  it('does not open a damaged zip as a workbook', async () => {
    expect(await loadWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toBeNull();
  });

  it('tells a workbook of its own from the template', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'PR-01';
    const workbook = await loadWorkbook(new Uint8Array(await other.xlsx.writeBuffer()));
    expect(workbook && readReportTemplate(workbook, INDICATORS)).toEqual({ ok: false, reason: 'NOT_TEMPLATE' });
  });
});
