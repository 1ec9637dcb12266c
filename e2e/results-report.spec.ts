// The assessment report and the campaign results, end to end, on the demo's assessment of Zhaoqing
// by group 6: the leader computes the results on the results page (C1's page and its "compute"
// button), opens the A4 print page and downloads the .docx, whose text holds the same total as the
// page; an official of Huaiji cannot open the report; the admin sees the assessment ranked on the
// campaign results page and exports the circular with the same total.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { signIn } from './support/auth';
import { docxParagraphs } from '@/modules/results/docx-text';

let assessmentId: string;
let campaignId: string;

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; campaignId: string }>(
      `SELECT a.id, a."campaignId" FROM "Assessment" a JOIN "AssessmentGroup" g ON g.id = a."groupId" JOIN "Region" r ON r.id = a."targetRegionId"
       WHERE g.number = 6 AND r.name = '肇庆市'`,
    );
    if (!rows[0]) throw new Error('no demo assessment of Zhaoqing by group 6');
    ({ id: assessmentId, campaignId } = rows[0]);
  } finally {
    await client.end();
  }
});

// The leader's computation comes first: the admin's test reads its total.
test.describe.configure({ mode: 'serial' });

const TOTAL = /按核查值计算总分 (\d+\.\d\d) 分/;

test('the leader computes the results; the print page and the .docx carry the same total', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'leader6', undefined, { timeout: 30_000 });
  await page.goto(`/assessments/${assessmentId}/results`);
  // C1's results page: the leader's "compute" button (计算结果 / Compute); computed again if results exist.
  const compute = page.getByRole('button', { name: /计算|compute/i }).first();
  if (await compute.isVisible()) {
    await compute.click();
    await expect(page.getByRole('button', { name: /计算|compute/i }).first()).toBeEnabled({ timeout: 60_000 });
  }

  await page.goto(`/assessments/${assessmentId}/results/print`);
  const summary = page.getByRole('region', { name: '一、综述' });
  await expect(summary).toContainText(TOTAL);
  const total = TOTAL.exec((await summary.textContent()) ?? '')?.[1];
  expect(total).toBeTruthy();
  await expect(page.locator('[data-report-status]')).toContainText('初步结果');
  for (const section of ['二、评分表（报告值与核查值）', '三、三率一度', '四、报告值与核查值对照', '附录：抽样与方法']) {
    await expect(page.getByRole('heading', { name: section })).toBeVisible();
  }

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载 Word 报告' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('肇庆市考核报告-2018.docx');
  const text = docxParagraphs(await readFile((await download.path())!));
  expect(text.join('\n')).toContain(`按核查值计算总分 ${total} 分`);
  expect(text).toContain('肇庆市2018年度脱贫攻坚成效考核报告');

  // The results page shows the same figure (both format through modules/results/format.ts).
  await page.goto(`/assessments/${assessmentId}/results`);
  await expect(page.getByText(total!, { exact: false }).first()).toBeVisible();
});

test('an official of Huaiji cannot open the report of Zhaoqing before it is submitted', async ({ page }) => {
  await signIn(page, 'huaiji', undefined, { timeout: 30_000 });
  const response = await page.goto(`/assessments/${assessmentId}/results/print`);
  expect(response?.status()).toBe(404);
  const file = await page.request.get(`/api/assessments/${assessmentId}/report`);
  expect(file.status()).toBe(404);
});

test('the admin sees the assessment ranked and exports the circular with the same total', async ({ page }) => {
  await signIn(page, 'admin', undefined, { timeout: 30_000 });
  await page.goto(`/campaigns/${campaignId}/results`);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '肇庆市' }) });
  await expect(row).toBeVisible();
  // Cells after the region (a row header): 序号, 考核组, 结果状态, 报告总分, 总分, 等次, 排名.
  const shown = (await row.getByRole('cell').nth(4).textContent())?.trim() ?? '';
  expect(shown).toMatch(/^\d+\.\d\d$/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出通报（Excel）' }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('关于2018年度脱贫攻坚成效考核结果的通报');
  expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(['序号', '地区', '考核组', '总分', '等次', '排名']);
  let found = false;
  sheet.eachRow((r) => {
    if (r.getCell(2).value === '肇庆市') {
      found = true;
      expect(Number(r.getCell(4).value).toFixed(2)).toBe(shown);
    }
  });
  expect(found).toBe(true);
});
