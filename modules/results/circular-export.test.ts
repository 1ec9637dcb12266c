// The circular built from a campaign's results and read back with exceljs; the expected cells are
// written out by hand.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCircular, circularInput } from '@/modules/results/circular-export';
import type { CampaignResultsView } from '@/modules/results/queries';

const view: CampaignResultsView = {
  campaign: { id: 'c1', name: '2018年度广东省脱贫攻坚成效考核', year: 2018 },
  rows: [
    { assessmentId: 'a1', targetRegionName: '肇庆市', groupNumber: 6, status: 'FINAL', totalReported: 96, totalVerified: 91.482, gradeVerified: 'EXCELLENT' },
    { assessmentId: 'a2', targetRegionName: '清远市', groupNumber: 3, status: 'SUBMITTED', totalReported: 90, totalVerified: 84.25, gradeVerified: 'GOOD' },
    { assessmentId: 'a3', targetRegionName: '韶关市', groupNumber: 1, status: 'FINAL', totalReported: 88, totalVerified: 91.4801, gradeVerified: 'EXCELLENT' },
    { assessmentId: 'a4', targetRegionName: '河源市', groupNumber: 2, status: 'NONE', totalReported: null, totalVerified: null, gradeVerified: null },
    { assessmentId: 'a5', targetRegionName: '梅州市', groupNumber: 4, status: 'FINAL', totalReported: 70, totalVerified: 65.5, gradeVerified: 'POOR' },
  ],
};

async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('the campaign results circular (通报)', () => {
  it('has the title, the date, the columns and the rows ranked with ties sharing a rank', async () => {
    const sheet = await readBack(await buildCircular(circularInput(view, 'zh-CN', new Date('2019-03-10T03:00:00Z'))));
    expect(sheet.name).toBe('考核结果');
    expect(sheet.getCell('A1').value).toBe('关于2018年度脱贫攻坚成效考核结果的通报');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('日期：2019年3月10日');
    expect(values(sheet, 4)).toEqual(['序号', '地区', '考核组', '总分', '等次', '排名']);
    // 91.482 and 91.4801 are both 91.48 as shown: a shared first place, by group number within it.
    expect(values(sheet, 5)).toEqual([1, '韶关市', '第1组', 91.48, '好', 1]);
    expect(values(sheet, 6)).toEqual([2, '肇庆市', '第6组', 91.48, '好', 1]);
    expect(values(sheet, 7)).toEqual([3, '清远市', '第3组', 84.25, '较好（暂定）', 3]);
    expect(values(sheet, 8)).toEqual([4, '梅州市', '第4组', 65.5, '较差', 4]);
    expect(values(sheet, 9)).toEqual([5, '河源市', '第2组', null, '未计算', '—'].map((v) => v ?? undefined));
    expect(sheet.getCell('D5').numFmt).toBe('0.00');
    expect(sheet.getCell('A11').value).toBe('等次分布：好 2 个，较好 1 个，一般 0 个，较差 1 个；未出结果 1 个。');
    expect(sheet.getCell('A13').value).toBe('说明');
    expect(String(sheet.getCell('A16').value)).toMatch(/^3\. /);
  });

  it('speaks English when asked', async () => {
    const sheet = await readBack(await buildCircular(circularInput(view, 'en', new Date('2019-03-10T03:00:00Z'))));
    expect(values(sheet, 4)).toEqual(['No.', 'Region', 'Group', 'Total', 'Grade', 'Rank']);
    expect(values(sheet, 7)).toEqual([3, '清远市', 'Group 3', 84.25, 'Good (provisional)', 3]);
  });
});
