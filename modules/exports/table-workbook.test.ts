import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTableWorkbook, datedXlsxNames, safeFileName } from '@/modules/exports/table-workbook';

describe('buildTableWorkbook', () => {
  it('lays out the title, the lines, a header and the rows, and prints landscape with the header repeated', async () => {
    const bytes = await buildTableWorkbook({
      sheet: '整改台账',
      title: '整改台账',
      lines: ['2018年度考核 · 第6组 · 肇庆市', '打印时间：2019年2月19日'],
      columns: [{ title: '序号', width: 6 }, { title: '问题', width: 30 }],
      rows: [[1, '危房改造未完成'], [2, '饮水工程缺少检测记录']],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('整改台账')!;
    const values = (n: number) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    expect(values(1)[0]).toBe('整改台账');
    expect(values(2)[0]).toBe('2018年度考核 · 第6组 · 肇庆市');
    expect(values(4)).toEqual(['序号', '问题']);
    expect(values(5)).toEqual([1, '危房改造未完成']);
    expect(values(6)).toEqual([2, '饮水工程缺少检测记录']);
    expect(sheet.rowCount).toBe(6);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe('4:4');
  });
});

describe('safeFileName', () => {
  it('drops characters file systems refuse and keeps Chinese', () => {
    expect(safeFileName('整改台账 肇庆市/封开县: "2019"?')).toBe('整改台账 肇庆市 封开县 2019');
  });
});

describe('datedXlsxNames', () => {
  it('dates the file by the day in the assessment time zone, as its "exported at" line does', () => {
    // 07:40 on 5 December in Beijing is still 4 December in UTC.
    expect(datedXlsxNames('整改台账 肇庆市/封开县', 'ledger', new Date('2026-12-04T23:40:00Z'))).toEqual({
      fileName: '整改台账 肇庆市 封开县-2026-12-05.xlsx',
      fallbackName: 'ledger-2026-12-05.xlsx',
    });
  });
});
