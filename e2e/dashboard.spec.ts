// The campaign dashboard: the admin opens it from the home page and from the campaign page, drills
// from the province to Fengkai and follows "overdue" to the findings list with the filters in the
// URL; the Fengkai official sees only Fengkai's part, on a 360 px phone. Two overdue findings of
// this spec's own (in Fengkai and in Huaiji) are added and removed again.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { signIn } from './support/auth';

const PHONE = { width: 360, height: 780 };
let client: pg.Client;
let ids: { campaign: string; fengkai: string; huaiji: string; findings: string[] };

/** The ids of the findings of the campaign in a county that are overdue today (counted here in SQL). */
async function overdueIn(county: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT f.id FROM "Finding" f JOIN "Assessment" a ON a.id = f."assessmentId" JOIN "Region" r ON r.id = f."regionId"
     WHERE a."campaignId" = $1 AND r.path LIKE (SELECT path FROM "Region" WHERE id = $2) || '%'
       AND f.status IN ('ISSUED','APPEALED','PLAN_SUBMITTED','PROOF_SUBMITTED') AND f."dueDate" < (now() AT TIME ZONE 'Asia/Shanghai')::date`,
    [ids.campaign, county],
  );
  return rows.map((r) => r.id).sort();
}

test.beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: string }>(sql, params)).rows[0]!.id;
  const assessment = await one(`SELECT a.id FROM "Assessment" a JOIN "Region" r ON r.id = a."targetRegionId" WHERE r.name = '肇庆市' ORDER BY a."createdAt" LIMIT 1`);
  const fengkai = await one(`SELECT id FROM "Region" WHERE name = '封开县' AND level = 'COUNTY'`);
  const huaiji = await one(`SELECT id FROM "Region" WHERE name = '怀集县' AND level = 'COUNTY'`);
  const creator = await one(`SELECT id FROM "User" WHERE username = 'assessor6'`);
  const add = (county: string, n: string) =>
    one(
      `INSERT INTO "Finding" (id, "assessmentId", "regionId", category, severity, title, description, status, "createdById", "issuedAt", "dueDate", "updatedAt")
       VALUES ('e2e-dash-' || $3 || '-' || md5(random()::text), $1, $2, 'TARGETED_ASSISTANCE', 'SERIOUS', 'E2E 看板逾期问题 ' || $3, '逾期未整改。', 'PLAN_SUBMITTED', $4, now() - interval '60 days', DATE '2019-06-30', now())
       RETURNING id`,
      [assessment, county, n, creator],
    );
  ids = {
    campaign: await one(`SELECT "campaignId" AS id FROM "Assessment" WHERE id = $1`, [assessment]),
    fengkai,
    huaiji,
    findings: [await add(fengkai, 'fk'), await add(huaiji, 'hj')],
  };
});

test.afterAll(async () => {
  await client.query(`DELETE FROM "Finding" WHERE id = ANY($1)`, [ids.findings]);
  await client.end();
});

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the admin drills from the province to Fengkai and follows overdue to the filtered findings list', async ({ page }) => {
  test.setTimeout(240_000);
  // The dashboard counts live; on a busy machine a page may take a while.
  const slow = { timeout: 30_000 };
  await signIn(page, 'admin');
  await page.goto(`/campaigns/${ids.campaign}`);
  await page.getByRole('navigation', { name: '考核管理分区' }).getByRole('link', { name: '看板', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${ids.campaign}/dashboard$`), slow);

  await page.goto('/');
  await page.getByRole('region', { name: '考核及进度' }).getByRole('link', { name: /考核看板/ }).first().click();
  await expect(page).toHaveURL(/\/campaigns\/[^/]+\/dashboard$/, slow);
  await page.goto(`/campaigns/${ids.campaign}/dashboard`);
  await expect(page.getByRole('heading', { name: '广东省及下级' })).toBeVisible(slow);

  await page.getByRole('link', { name: '查看肇庆市的下级地区' }).click();
  await expect(page.getByRole('heading', { name: '肇庆市及下级' })).toBeVisible(slow);
  await page.getByRole('link', { name: '查看封开县的下级地区' }).click();
  await expect(page.getByRole('heading', { name: '封开县及下级' })).toBeVisible(slow);
  await expect(page.getByRole('navigation', { name: '地区层级' })).toContainText('广东省');

  const expected = await overdueIn(ids.fengkai);
  const overdue = page.getByRole('link', { name: /^逾期: \d+$/ });
  await expect(overdue).toHaveAccessibleName(`逾期: ${expected.length}`);
  await overdue.click();

  await expect(page).toHaveURL(/\/findings\?/, slow);
  const url = new URL(page.url());
  expect(url.searchParams.get('campaign')).toBe(ids.campaign);
  expect(url.searchParams.get('region')).toBe(ids.fengkai);
  expect(url.searchParams.get('overdue')).toBe('1');
  const links = page.getByRole('list', { name: '查询结果' }).getByRole('link');
  const shown = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').pop()!))).sort();
  expect(shown).toEqual(expected.slice(0, 50));
  expect(shown).toContain(ids.findings[0]);
  expect(shown).not.toContain(ids.findings[1]);
});

test('the Fengkai official sees only Fengkai, on a phone', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(page, 'fengkai');
  await page.goto(`/campaigns/${ids.campaign}/dashboard`);
  await expect(page.getByRole('heading', { name: '封开县及下级' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^逾期: \d+$/ })).toHaveAccessibleName(`逾期: ${(await overdueIn(ids.fengkai)).length}`);
  await expectNoSideways(page);

  // Huaiji's overdue finding exists, but not for Fengkai's official: asked for Huaiji, the page
  // shows Fengkai again, with no way up to the city or the province.
  expect((await overdueIn(ids.huaiji)).length).toBeGreaterThan(0);
  await page.goto(`/campaigns/${ids.campaign}/dashboard?region=${ids.huaiji}`);
  await expect(page.getByRole('heading', { name: '封开县及下级' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '怀集县及下级' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^逾期: \d+$/ })).toHaveAccessibleName(`逾期: ${(await overdueIn(ids.fengkai)).length}`);
  await expect(page.getByRole('link', { name: '广东省', exact: true })).toHaveCount(0);
  await expectNoSideways(page);
});
