import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/app-error';
import { readXlsx } from '@/modules/households/xlsx';
import { IMPORT_LIMITS } from '@/modules/imports/limits';

describe('a roster file with a zip header that is not a workbook', () => {
  it('is refused as the user’s input, with the message for a damaged or foreign file', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('not really a zip')]);
    const error = await readXlsx(broken, IMPORT_LIMITS.ROSTER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', messageKey: expect.stringMatching(/^imports\.limits\.(brokenZip|notSpreadsheet)$/) });
  });
});

describe('a roster workbook with non-registered households', () => {
  it('reads them like the other statuses', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { validateRoster } = await import('@/modules/households/roster-validate');
    const { buildVillageLookup } = await import('@/modules/households/roster-row');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['户编号', '村', '人口', '状态', '有残疾人', '有劳动能力', '人均收入']);
    sheet.addRow(['N1', '上坪村', 3, '非建档立卡户', '否', '是', 6890.5]);
    sheet.addRow(['P1', '上坪村', 2, '计划脱贫', '是', '否', 9100]);
    const records = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), IMPORT_LIMITS.ROSTER);
    const { rows, issues } = validateRoster(records, buildVillageLookup([{ id: 'v1', code: '441225101201', name: '上坪村' }]));
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.code, r.status, r.incomePerCapita])).toEqual([['N1', 'NON_REGISTERED', '6890.50'], ['P1', 'PLANNED_EXIT', '9100.00']]);
  });
});
