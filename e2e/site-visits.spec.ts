// The leader imports a roster for 德庆县 through the page, plans a visit there for the demo Zhaoqing
// assessment, draws the sample and verifies it. Writes only to Deqing (no demo visits there).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { generateRoster, ROSTER_CSV_HEADER, toRosterCsv } from '@/modules/households/roster-generator';
import { seedDeqingVillages } from '@/seeds/scenario-site-visits';
import { SCENARIO_CAMPAIGN } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';

let assessmentId: string;
let goodFile: string;
let badFile: string;

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const deqing = await db.region.findUniqueOrThrow({ where: { code: '441226' }, select: { id: true, code: true, path: true, name: true, level: true } });
    const villages = await seedDeqingVillages(db, deqing);
    const assessment = await db.assessment.findFirstOrThrow({ where: { campaign: SCENARIO_CAMPAIGN, targetRegion: { code: '441200' } }, select: { id: true } });
    assessmentId = assessment.id;
    const dir = await mkdtemp(path.join(tmpdir(), 'roster-'));
    goodFile = path.join(dir, 'deqing.csv');
    badFile = path.join(dir, 'deqing-bad.csv');
    const rows = generateRoster({ villageCodes: villages.map((v) => v.code), count: 160, seed: 'e2e-deqing', codePrefix: deqing.code, plannedExitPercent: 60 });
    await writeFile(goodFile, toRosterCsv(rows));
    await writeFile(badFile, `${ROSTER_CSV_HEADER.join(',')}\nE1,金林村,3,计划脱贫,是,否,\nE2,无此村,3,计划脱贫,是,否,\nE3,金林村,3,不知道,是,否,\n`);
  } finally {
    await db.$disconnect();
  }
});

test('the leader imports a roster, plans a visit, draws the sample and verifies it', async ({ page }) => {
  await signIn(page, 'leader6');
  await page.goto(`/assessments/${assessmentId}/site-visits`);
  await expect(page.getByRole('heading', { name: '实地核查安排' })).toBeVisible();

  await page.getByRole('link', { name: '德庆县 名册' }).click();
  await expect(page.getByRole('heading', { name: '德庆县户籍名册' })).toBeVisible();
  await page.getByLabel('名册文件（CSV 或 Excel .xlsx）').setInputFiles(badFile);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('发现 2 行有误，未导入任何数据。请修改后重新导入。')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('本县没有代码或名称为“无此村”的村。')).toBeVisible();
  await expect(page.getByText('第 4 行')).toBeVisible();

  await page.getByLabel('名册文件（CSV 或 Excel .xlsx）').setInputFiles(goodFile);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  // The import runs as a job in the worker; the form follows it until it ends.
  await expect(page.getByText(/导入完成：共 160 户。/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('cell', { name: 'deqing.csv' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(/导入完成：共 160 户。/)).toBeVisible();

  await page.getByRole('link', { name: '返回实地核查' }).click();
  await page.getByLabel('核查县（市、区）').selectOption({ label: '德庆县' });
  await page.getByLabel('核查日期').fill('2019-02-19');
  await page.getByRole('checkbox', { name: /吴海峰/ }).check();
  await page.getByLabel('备注').fill('端到端测试');
  await page.getByRole('button', { name: '安排核查' }).click();
  await expect(page.getByRole('heading', { name: '德庆县实地核查' })).toBeVisible();

  await page.getByRole('button', { name: '按规则抽样' }).click();
  await expect(page.getByText(/已抽取 \d+ 户，随机种子：[0-9a-f]{32}/)).toBeVisible();
  await expect(page.getByText(/2 个镇 · 4 个村 · \d+ 户/).first()).toBeVisible();
  const seed = await page.getByTestId('sample-seed').first().textContent();
  expect(seed).toMatch(/^[0-9a-f]{32}$/);

  await page.getByRole('button', { name: '核验抽样' }).first().click();
  await expect(page.getByText('核验一致：按记录的随机种子、方法、规则和名册快照重新抽样，结果与记录完全相同。')).toBeVisible();

  // The household tables scroll inside their cards; the page itself does not at phone width.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('heading', { name: '抽查的镇、村和农户' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a survey-mix sample shows its draw per village and stratum', async ({ page }) => {
  const db = createDb(getDatabaseUrl());
  let sample: { siteVisitId: string; result: unknown };
  try {
    sample = await db.sample.findFirstOrThrow({ where: { method: 'gd2018-survey-mix-v1', siteVisit: { region: { code: '441225' } } }, orderBy: { createdAt: 'asc' }, select: { siteVisitId: true, result: true } });
  } finally {
    await db.$disconnect();
  }
  const strata = (sample.result as { strata: { village: string; drawn: number }[] }).strata;
  await signIn(page, 'leader6');
  await page.goto(`/site-visits/${sample.siteVisitId}`);
  await page.getByText('各村分层抽取情况').first().click();
  const table = page.getByRole('region', { name: '各村分层抽取情况' }).first();
  // A header row and one row per village and stratum, as recorded with the sample.
  await expect(table.getByRole('row')).toHaveCount(1 + strata.length);
  await expect(table.getByRole('row').nth(1)).toContainText(strata[0]!.village);
  await expect(table.getByRole('row').nth(1)).toContainText('有劳动能力的建档立卡户');
});
