// Search, Excel exports, history in words and the audit log, on findings of a village of their own
// (made with the seed factories in the demo Zhaoqing assessment, removed afterwards): a search for
// the village's name finds its findings; the exported findings list and ledger hold the page's rows;
// an edit shows in the finding's history as old → new; the admin's audit log filters by person.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { createFinding, createRectification } from '@/seeds/factories/findings';
import { createRegion } from '@/seeds/factories/regions';
import { signIn } from './support/auth';

const suffix = Date.now().toString(36);
const VILLAGE = `罘罳坳村${suffix}`;
let assessmentId: string;
let draftId: string;
let regionId: string;
const findingIds: string[] = [];

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const assessment = await db.assessment.findFirstOrThrow({ where: { targetRegion: { code: '441200' }, group: { number: 6 } }, select: { id: true } });
    assessmentId = assessment.id;
    const assessor = await db.user.findUniqueOrThrow({ where: { username: 'assessor6' }, select: { id: true } });
    const fengkai = await db.region.findUniqueOrThrow({ where: { code: '441225' }, select: { id: true, code: true, path: true, name: true, level: true } });
    regionId = (await createRegion(db, { name: VILLAGE, level: 'VILLAGE', parent: fengkai })).id;
    const base = { assessmentId, regionId, createdById: assessor.id };
    for (const [i, status] of (['ISSUED', 'PLAN_SUBMITTED', 'CLOSED'] as const).entries()) {
      const finding = await createFinding(db, { ...base, title: `E2E 检索问题${i + 1} ${suffix}`, status, severity: 'GENERAL' });
      if (status !== 'ISSUED') await createRectification(db, { findingId: finding.id, leadUnit: '县扶贫办', measures: '逐户核实', personInCharge: '麦家明', deadline: '2030-06-30' });
      findingIds.push(finding.id);
    }
    draftId = (await createFinding(db, { ...base, title: `E2E 历史问题 ${suffix}`, status: 'DRAFT', severity: 'SERIOUS', description: '初稿描述' })).id;
    findingIds.push(draftId);
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await db.rectification.deleteMany({ where: { findingId: { in: findingIds } } });
    await db.finding.deleteMany({ where: { id: { in: findingIds } } });
    await db.region.delete({ where: { id: regionId } });
  } finally {
    await db.$disconnect();
  }
});

async function workbookRows(download: Download): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

/** The table rows of a workbook: those below the header row, whose first cell is `header`. */
function tableBody(rows: string[][], header: string): string[][] {
  return rows.slice(rows.findIndex((r) => r[0] === header) + 1);
}

async function download(page: Page, name: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name }).click();
  return downloading;
}

test('a search for a village name finds its findings, and the filtered list exports the same rows', async ({ page }) => {
  // The first sign-in after the server starts may take 15 s on a busy machine.
  test.setTimeout(90_000);
  await signIn(page, 'leader6');
  await page.getByRole('search').getByLabel('搜索全部记录').fill(VILLAGE);
  await page.getByRole('search').getByLabel('搜索全部记录').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const findings = page.getByRole('region', { name: /^问题/ });
  for (const i of [1, 2, 3]) await expect(findings.getByRole('link', { name: `E2E 检索问题${i} ${suffix}` })).toBeVisible();
  await expect(findings.getByRole('link', { name: `E2E 历史问题 ${suffix}` })).toBeVisible();

  await page.goto(`/findings?q=${encodeURIComponent(VILLAGE)}&sort=oldest`);
  const listed = await page.getByRole('list', { name: '查询结果' }).getByRole('link').allTextContents();
  expect(listed).toHaveLength(4);
  const rows = tableBody(await workbookRows(await download(page, '导出 Excel')), '序号');
  expect(rows.map((r) => r[1])).toEqual(listed.map((t) => t.trim()));
});

test('the exported ledger holds the rows of the ledger page', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, 'leader6');
  await page.goto(`/assessments/${assessmentId}/ledger`);
  const titles = await page.locator('main table tbody tr td:nth-child(3)').allTextContents();
  expect(titles).toEqual(expect.arrayContaining([`E2E 检索问题1 ${suffix}`, `E2E 检索问题3 ${suffix}`]));
  const rows = tableBody(await workbookRows(await download(page, '导出 Excel')), '序号');
  expect(rows.map((r) => r[2])).toEqual(titles.map((t) => t.trim()));
  expect(rows.map((r) => r[0])).toEqual(titles.map((_, i) => String(i + 1)));
});

test('an edit shows in the finding history in words, and the audit log filters by person', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, 'assessor6');
  await page.goto(`/findings/${draftId}`);
  await page.getByRole('button', { name: '修改问题' }).click();
  await page.getByLabel('严重程度').selectOption({ label: '严重' });
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('button', { name: '修改问题' })).toBeVisible();
  const history = page.getByRole('region', { name: '办理记录' });
  await expect(history.getByText('陈晓敏 修改了问题')).toBeVisible();
  await expect(history.getByText('严重程度：较重 → 严重')).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.goto('/audit');
  await admin.getByLabel('人员').selectOption({ label: '陈晓敏（assessor6）' });
  await admin.getByRole('button', { name: '筛选' }).click();
  await expect(admin).toHaveURL(/person=/);
  const table = admin.getByRole('region', { name: '审计事件' });
  await expect(table.getByText('严重程度：较重 → 严重').first()).toBeVisible();
  const people = await table.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(people.length).toBeGreaterThan(0);
  expect(new Set(people)).toEqual(new Set(['陈晓敏']));
});
