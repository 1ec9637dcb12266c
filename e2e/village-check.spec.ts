// Village checks ("eight haves") on a phone (390 × 844): assessor6 opens a site visit of its own in the
// demo assessment (Fengkai, in progress, one household of the first Fengkai village on its list),
// checks the village with one item failing, and sees the verdict with the failed item on the check
// and on the visit's list; the village cannot be checked twice on the visit. The visit is removed after.
import { expect, test, type Page } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { seedChecklists } from '@/seeds/scenario-checklists';
import { SCENARIO_CAMPAIGN } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';

const PHONE = { viewport: { width: 390, height: 844 }, permissions: ['geolocation'], geolocation: { latitude: 23.5911, longitude: 111.6033, accuracy: 20 } };

let visitId = '';
let villageName = '';
let villageId = '';
let householdId = '';
let rosterId = '';

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await seedChecklists(db);
    const county = await db.region.findUniqueOrThrow({ where: { code: '441225' } });
    const village = await db.region.findFirstOrThrow({ where: { level: 'VILLAGE', path: { startsWith: county.path } }, orderBy: { code: 'asc' } });
    const assessment = await db.assessment.findFirstOrThrow({ where: { campaign: { ...SCENARIO_CAMPAIGN }, targetRegion: { code: '441200' } }, select: { id: true } });
    const importer = await db.user.findUniqueOrThrow({ where: { username: 'leader6' } });
    const stamp = Date.now();
    // Dated after the demo visits, so it never becomes "the" demo visit of another spec.
    const visit = await db.siteVisit.create({ data: { assessmentId: assessment.id, regionId: county.id, visitDate: new Date(Date.UTC(2021, 0, 1 + (stamp % 3000))), status: 'IN_PROGRESS' } });
    const roster = await db.rosterImport.create({
      data: { regionId: county.id, contentHash: `village-e2e-${stamp}`, rowCount: 1, fileName: `village-e2e-${stamp}.csv`, importedById: importer.id, createdAt: new Date('2000-01-01T00:00:00Z') },
    });
    const household = await db.household.create({ data: { code: `${village.code}V${stamp}`, rosterImportId: roster.id, regionId: village.id, size: 3, status: 'PLANNED_EXIT' } });
    await db.siteVisitHousehold.create({ data: { siteVisitId: visit.id, householdId: household.id, position: 0 } });
    [visitId, villageName, villageId, householdId, rosterId] = [visit.id, village.name, village.id, household.id, roster.id];
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await db.siteVisit.delete({ where: { id: visitId } });
    await db.household.delete({ where: { id: householdId } });
    await db.rosterImport.delete({ where: { id: rosterId } });
  } finally {
    await db.$disconnect();
  }
});

const question = (page: Page, prompt: RegExp) => page.getByRole('region', { name: prompt });

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('an assessor checks a village on a phone and sees the verdict with the failed item', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, 'assessor6');

  await test.step('the visit lists its village, not yet checked', async () => {
    await page.goto(`/site-visits/${visitId}/checks`);
    const villages = page.getByRole('list', { name: '村“八有”核查' });
    await expect(villages.getByText('尚未核查')).toBeVisible();
    await villages.getByRole('link', { name: new RegExp(`^核查该村\\s*（${villageName}）$`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(villageName) })).toBeVisible();
    await expect(page.getByText('第 1 题，共 8 题')).toBeVisible();
    await expect(page.getByText(/已定位：纬度 23\.59110/)).toBeVisible();
  });

  await test.step('the eight haves, broadband missing and explained', async () => {
    for (const prompt of [/^有路通/, /^有电用/, /^有安全饮水/, /^有卫生站/, /^有文化室/, /^有稳定集体收入/, /^有村级综合服务站/]) {
      await question(page, prompt).getByRole('button', { name: '是' }).click();
    }
    const broadband = question(page, /^有宽带网络/);
    await broadband.getByRole('button', { name: '否' }).click();
    await broadband.getByLabel('备注').fill('光纤尚未入村');
    await expect(page.getByText('已回答 8/8 题', { exact: false })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: '提交核查' }).click();
  });

  await test.step('the check shows the verdict, the failed item, the position', async () => {
    await expect(page).toHaveURL(/\/checks\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: `村级核查：${villageName}` })).toBeVisible();
    await expect(page.getByText('未达到退出条件')).toBeVisible();
    await expect(page.getByText('未达标项：有宽带网络')).toBeVisible();
    await expect(page.getByText(/纬度 23\.59110，经度 111\.60330/)).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  await test.step('the visit lists the verdict, and the village cannot be checked again', async () => {
    await page.goto(`/site-visits/${visitId}/checks`);
    const villages = page.getByRole('list', { name: '村“八有”核查' });
    await expect(villages.getByText('未达到退出条件')).toBeVisible();
    await expect(villages.getByRole('link', { name: new RegExp(`^核查该村\\s*（${villageName}）$`) })).toHaveCount(0);
    await page.goto(`/site-visits/${visitId}/checks/new?villageId=${villageId}`);
    await expect(page.getByText('该村在本次实地核查中已核查')).toBeVisible();
  });
});
