// The campaign's results as a provincial circular (通报) in Excel: a title row, the date, the table
// 序号 / 地区 / 考核组 / 总分 / 等次 / 排名 ranked by verified total (modules/results/ranking.ts), the
// count of each grade, and notes. circularInput labels the rows; buildCircular only lays them out.
import ExcelJS from 'exceljs';
import type { Locale } from '@/lib/i18n/locales';
import { formatLocalDateTime } from '@/lib/local-time';
import { formatScore } from '@/modules/results/format';
import type { CampaignResultsView } from '@/modules/results/queries';
import { rankResults } from '@/modules/results/ranking';
import { reportTranslator } from '@/modules/results/report-model';
import type { Grade } from '@/modules/results/snapshot';

export type CircularRow = { index: number; region: string; group: string; total: number | null; grade: string; rank: number | null };

export type CircularInput = {
  sheet: string;
  title: string;
  date: string;
  columns: [string, string, string, string, string, string];
  rows: CircularRow[];
  summary: string;
  notesTitle: string;
  notes: string[];
};

const GRADES: readonly Grade[] = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];

/** The circular's text in the given language, rows ranked; `now` is the circular's date. */
export function circularInput(view: CampaignResultsView, locale: Locale, now: Date): CircularInput {
  const t = reportTranslator(locale);
  const ranked = rankResults(view.rows);
  const counts = Object.fromEntries(GRADES.map((g) => [g, view.rows.filter((r) => r.gradeVerified === g).length])) as Record<Grade, number>;
  const c = (key: string) => t(`campaign.columns.${key}`);
  return {
    sheet: t('campaign.circular.sheet'),
    title: t('campaign.circular.title', { year: view.campaign.year }),
    date: t('campaign.circular.date', { date: formatLocalDateTime(now, locale, { dateStyle: 'long' }) }),
    columns: [c('index'), c('region'), c('group'), c('total'), c('grade'), c('rank')],
    rows: ranked.map((r, i) => {
      const grade = r.gradeVerified ? t(`grade.${r.gradeVerified}`) : t('campaign.notComputed');
      return {
        index: i + 1,
        region: r.targetRegionName,
        group: t('campaign.groupValue', { number: r.groupNumber }),
        // The figure as shown everywhere else (two decimals), kept a number so it sorts and sums.
        total: r.totalVerified === null ? null : Number(formatScore(r.totalVerified)),
        grade: r.provisional && r.gradeVerified ? t('campaign.provisionalGrade', { grade }) : grade,
        rank: r.rank,
      };
    }),
    summary: t('campaign.circular.summary', { ...counts, none: view.rows.filter((r) => r.gradeVerified === null).length }),
    notesTitle: t('campaign.circular.notes'),
    notes: [t('campaign.circular.note1'), t('campaign.circular.note2'), t('campaign.circular.note3')],
  };
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

function mergedLine(sheet: ExcelJS.Worksheet, text: string, style: { bold?: boolean; size?: number; align?: 'center' | 'left' | 'right' } = {}) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, 6);
  const cell = row.getCell(1);
  cell.font = { name: '宋体', bold: style.bold, size: style.size ?? 11 };
  cell.alignment = { horizontal: style.align ?? 'left', vertical: 'middle', wrapText: true };
  return row;
}

export async function buildCircular(input: CircularInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(input.sheet, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  mergedLine(sheet, input.title, { bold: true, size: 16, align: 'center' }).height = 30;
  mergedLine(sheet, input.date, { align: 'right' });
  sheet.addRow([]);
  const header = sheet.addRow(input.columns);
  header.eachCell((cell) => {
    cell.font = { name: '黑体', bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
  });
  for (const r of input.rows) {
    const row = sheet.addRow([r.index, r.region, r.group, r.total, r.grade, r.rank ?? '—']);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = THIN;
      cell.font = { name: '宋体' };
      cell.alignment = { horizontal: column === 2 || column === 3 ? 'left' : 'center', vertical: 'middle' };
    });
    row.getCell(4).numFmt = '0.00';
  }
  sheet.addRow([]);
  mergedLine(sheet, input.summary);
  sheet.addRow([]);
  mergedLine(sheet, input.notesTitle, { bold: true });
  input.notes.forEach((note, i) => mergedLine(sheet, `${i + 1}. ${note}`));
  [8, 16, 14, 12, 16, 10].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
