// Validation rules and Excel: the admin defines a rule (a bad expression is refused with its
// position); a Zhaoqing official fills a report offline from the Excel template, uploads it (an
// import job run by the worker: the page follows it and refreshes the form when it is done),
// sees the figures, is shown the cells of a bad file (again after a reload), and opens the
// printable page.
// Everything is created here (a campaign, a group, an assessment of a Zhaoqing district and
// its draft report), so the demo data other specs read stays untouched.
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { buildZip } from '@/modules/imports/test-zip';
import { createAssessment, createCampaign, createGroup, createIndicators } from '@/seeds/factories/campaigns';
import { createWorkReport } from '@/seeds/factories/reports';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';

const suffix = Date.now().toString(36);
const TITLE = `端州区Excel填报测试 ${suffix}`;
let campaignId: string;
let reportId: string;

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const duanzhou = await db.region.findUniqueOrThrow({ where: { code: '441202' }, select: { id: true } });
    const campaign = await createCampaign(db, { name: `E2E 校验规则与Excel ${suffix}`, year: 2019, status: 'ACTIVE' });
    campaignId = campaign.id;
    await createIndicators(db, campaign.id, INDICATORS_2018);
    const group = await createGroup(db, { campaignId: campaign.id });
    const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: duanzhou.id });
    reportId = (await createWorkReport(db, { assessmentId: assessment.id, reportingRegionId: duanzhou.id, title: TITLE })).id;
  } finally {
    await db.$disconnect();
  }
});

const row = (code: string) => 5 + INDICATORS_2018.findIndex((i) => i.code === code);

/** Downloads the template from the report page, fills cells (code:column → value) and saves it for upload. */
async function filledTemplate(page: Page, cells: Record<string, ExcelJS.CellValue>, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载填报模板' }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('填报数据')!;
  for (const [key, value] of Object.entries(cells)) {
    const [code, column] = key.split(':') as [string, string];
    sheet.getCell(`${column}${row(code)}`).value = value;
  }
  const path = test.info().outputPath(name);
  await writeFile(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

async function upload(page: Page, path: string) {
  await page.getByLabel('填好的模板文件（.xlsx，不超过 5 MB）').setInputFiles(path);
  await page.getByRole('button', { name: '上传并导入' }).click();
}

test('the admin adds a validation rule and is told where a bad expression goes wrong', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto(`/campaigns/${campaignId}/rules`);
  await expect(page.getByRole('link', { name: '校验规则' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('还没有校验规则')).toBeVisible();

  await page.getByRole('button', { name: '添加规则' }).click();
  const form = page.getByRole('form', { name: '添加规则' });
  await form.getByLabel('规则编号').fill('e2e-r1');
  await form.getByLabel('说明').fill('本年度脱贫人数不应超过累计脱贫人数');
  await form.getByLabel('左边').fill('PR-01.THIS_YEAR <= PR-01.CUMULATIVE');
  await form.getByLabel('关系').selectOption({ label: '小于或等于 (≤)' });
  await form.getByLabel('右边').fill('PR-01.CUMULATIVE');
  await form.getByRole('button', { name: '添加规则' }).click();
  await expect(form.getByText('第 17 个字符“<”无法识别')).toBeVisible();
  await expect(form.getByLabel('左边')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('左边')).toHaveValue('PR-01.THIS_YEAR <= PR-01.CUMULATIVE');

  await form.getByLabel('左边').fill('PR-01.THIS_YEAR');
  await form.getByRole('button', { name: '添加规则' }).click();
  await expect(page.getByText('已添加规则 E2E-R1。')).toBeVisible();
  const list = page.getByRole('list', { name: '校验规则列表' });
  await expect(list.getByText('E2E-R1')).toBeVisible();
  await expect(list.getByText('PR-01.THIS_YEAR ≤ PR-01.CUMULATIVE')).toBeVisible();

  // On a phone the page stacks and nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: '修改规则 E2E-R1' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a Zhaoqing official fills the report in Excel, uploads it and prints it', async ({ page }) => {
  // Four uploads, each an import job picked up by the worker, and a reload: minutes on a loaded machine.
  test.setTimeout(240_000);
  await signIn(page, 'zhaoqing');
  await page.goto(`/reports/${reportId}`);
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  const good = await filledTemplate(page, { 'PR-01:E': 83000, 'PR-01:F': '14,000', 'FM-01:E': 17.9, 'FM-01:H': '财政拨付凭证' }, 'filled.xlsx');
  await upload(page, good);
  // The worker imports it; when the job is done the form shows the figures without a reload.
  await expect(page.getByText('已导入 3 个数值并保存为草稿。')).toBeVisible({ timeout: 30_000 });
  const pr01 = page.getByRole('group', { name: /PR-01/ });
  await expect(pr01.getByRole('textbox', { name: '累计' })).toHaveValue(/^83,?000$/);
  await expect(pr01.getByRole('textbox', { name: '本年度' })).toHaveValue(/^14,?000$/);

  const bad = await filledTemplate(page, { 'PR-01:F': '一万四', 'PR-02:E': 120 }, 'bad.xlsx');
  await upload(page, bad);
  const rejected = page.getByRole('table', { name: '有误的单元格' });
  // The outcome is the job's, kept on the server: a reload shows it again.
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await expect(page.getByText('以下 2 个单元格有误，本次没有保存任何数值。')).toBeVisible({ timeout: 30_000 });
    await expect(rejected.getByRole('row', { name: new RegExp(`填报数据!F${row('PR-01')}`) })).toContainText('一万四');
    await expect(rejected.getByRole('row', { name: new RegExp(`填报数据!E${row('PR-02')}`) })).toContainText('120');
  }

  const notExcel = test.info().outputPath('not-excel.xlsx');
  await writeFile(notExcel, '指标,数值\nPR-01,83000\n');
  await upload(page, notExcel);
  await expect(page.getByRole('alert').filter({ hasText: '该文件不是 Excel 文件（.xlsx）' })).toBeVisible({ timeout: 30_000 });

  // 125 MB of XML in a 125 KB file: refused from the zip directory, before anything is unpacked.
  const bomb = test.info().outputPath('bomb.xlsx');
  await writeFile(bomb, buildZip([{ name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(125 * 1024 * 1024, 0x20) }]));
  await upload(page, bomb);
  await expect(page.getByRole('alert').filter({ hasText: '该表格文件的一个部件解压后为 125 MB，最多允许 2 MB。' })).toBeVisible({ timeout: 30_000 });

  await page.goto(`/reports/${reportId}/print`);
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  // The figures of the first upload are there, untouched by the refused ones.
  const figures = page.getByRole('row', { name: /PR-01/ });
  await expect(figures).toContainText('83,000');
  await expect(figures).toContainText('14,000');
  await expect(page.getByRole('row', { name: /FM-01/ })).toContainText('财政拨付凭证');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
});
