// Household checks on a phone (360 × 740): assessor6 checks a household of the demo Fengkai visit —
// answers survive a reload, a photo is previewed before it is sent, the position is captured — and
// sees the summary with the photo; a check submitted without a connection waits in the queue and
// goes when the connection is back. An admin builds and edits a checklist template of their own
// (the demo templates stay as the other specs expect them).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { seedChecklists } from '@/seeds/scenario-checklists';
import { SCENARIO_CAMPAIGN } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';

const PHOTO = fileURLToPath(new URL('./fixtures/household-photo.jpg', import.meta.url));
const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  permissions: ['geolocation'],
  geolocation: { latitude: 23.5912, longitude: 111.6033, accuracy: 12 },
};

let visitId = '';
let household = '';

// The demo Fengkai visit and the last household on its list not checked yet (a household of our own
// when the demo has none left, on a roster snapshot dated before any real one).
test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await seedChecklists(db);
    const visit = await db.siteVisit.findFirstOrThrow({
      where: { region: { code: '441225' }, assessment: { campaign: { ...SCENARIO_CAMPAIGN }, targetRegion: { code: '441200' } } },
      orderBy: { visitDate: 'asc' },
      select: { id: true, households: { where: { household: { checks: { none: {} } } }, orderBy: { position: 'desc' }, take: 1, select: { household: { select: { code: true } } } } },
    });
    visitId = visit.id;
    household = visit.households[0]?.household.code ?? (await addHousehold(db, visit.id));
    // The demo visit is done and takes no checks; reopened here for the late check (the leader's
    // reopen step itself is tested in site-visits.spec.ts) and marked done again after.
    await db.siteVisit.update({ where: { id: visitId }, data: { status: 'IN_PROGRESS' } });
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await db.siteVisit.update({ where: { id: visitId }, data: { status: 'DONE' } });
  } finally {
    await db.$disconnect();
  }
});

async function addHousehold(db: ReturnType<typeof createDb>, siteVisitId: string): Promise<string> {
  const county = await db.region.findUniqueOrThrow({ where: { code: '441225' } });
  const village = await db.region.findFirstOrThrow({ where: { level: 'VILLAGE', path: { startsWith: county.path } }, orderBy: { code: 'asc' } });
  const importer = await db.user.findUniqueOrThrow({ where: { username: 'leader6' } });
  const code = `${village.code}E2E${Date.now()}`;
  const roster = await db.rosterImport.create({
    data: { regionId: county.id, contentHash: code, rowCount: 1, fileName: `e2e-${code}.csv`, importedById: importer.id, createdAt: new Date('2000-01-01T00:00:00Z') },
  });
  const row = await db.household.create({ data: { code, rosterImportId: roster.id, regionId: village.id, size: 3, status: 'PLANNED_EXIT' } });
  await db.siteVisitHousehold.create({ data: { siteVisitId, householdId: row.id, position: 10_000 } });
  return code;
}

async function phone(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, username);
  return page;
}

async function openCheckForm(page: Page) {
  await page.goto(`/site-visits/${visitId}/checks`);
  await expect(page.getByRole('heading', { level: 1, name: '封开县入户核查' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`核查\\s*（农户 ${household}）$`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(household) })).toBeVisible();
  await expect(page.getByText('第 1 题，共 8 题')).toBeVisible();
}

const question = (page: Page, prompt: RegExp) => page.getByRole('region', { name: prompt });

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('an assessor checks a household on a phone and sees the summary with the photo', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await phone(browser, 'assessor6');
  await openCheckForm(page);
  await expect(page.getByText(/已定位：纬度 23\.59120/)).toBeVisible();

  await test.step('answers are kept on the device across a reload', async () => {
    await question(page, /^吃不愁/).getByRole('button', { name: '是' }).click();
    await question(page, /^穿不愁/).getByRole('button', { name: '是' }).click();
    await page.reload();
    await expect(page.getByText('已恢复本设备上未提交的回答')).toBeVisible();
    await expect(question(page, /^吃不愁/).getByRole('button', { name: '是' })).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('the rest of the checklist, with a miss explained in a note', async () => {
    for (const prompt of [/^义务教育/, /^基本医疗/, /^饮水安全/, /^认可帮扶成效/]) await question(page, prompt).getByRole('button', { name: '是' }).click();
    const housing = question(page, /^住房安全/);
    await housing.getByRole('button', { name: '否' }).click();
    await housing.getByLabel('备注').fill('厨房屋顶漏雨，尚未维修');
    await question(page, /^家庭年人均可支配收入/).getByLabel('数值').fill('6800');
    await expect(page.getByText('该回答未达到标准', { exact: false })).toHaveCount(2);
  });

  await test.step('a photo is previewed before it is sent', async () => {
    await page.getByLabel('拍照或选择照片').setInputFiles(PHOTO);
    await expect(page.getByRole('img', { name: '第 1 张照片预览' })).toBeVisible();
    await expect(page.getByText('已回答 8/8 题，已拍 1 张照片。')).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  await test.step('the summary shows the answers, the flags, the position and the photo', async () => {
    await page.getByRole('button', { name: '提交核查' }).click();
    await expect(page).toHaveURL(/\/checks\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(household) })).toBeVisible();
    await expect(page.getByText('用时过短', { exact: true })).toBeVisible();
    await expect(page.getByText('2 项未达标')).toBeVisible();
    await expect(page.getByText(/纬度 23\.59120，经度 111\.60330/)).toBeVisible();
    await expect(page.getByRole('list', { name: '核查回答' }).getByText('厨房屋顶漏雨，尚未维修', { exact: false })).toBeVisible();
    const photo = page.getByRole('img', { name: '核查照片 1' });
    await expect(photo).toBeVisible();
    // The photo loads lazily: further down the page since the outcome block sits above it.
    await photo.scrollIntoViewIfNeeded();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: '根据本次核查登记问题' })).toHaveAttribute('href', /\/assessments\/[^/]+\/findings\/new\?checkId=/);
    await expectNoSidewaysScroll(page);
  });

  await test.step('the proof of the visit: the device clock against the server, and the photo as the phone hashed it', async () => {
    await expect(page.getByRole('heading', { name: '到访证明' })).toBeVisible();
    await expect(page.getByText('发送时设备时钟与服务器一致。')).toBeVisible();
    const deviceHash = createHash('sha256').update(readFileSync(PHOTO)).digest('hex');
    const fingerprint = page.locator(`li[title="${deviceHash}"]`);
    await expect(fingerprint).toBeVisible();
    await expect(fingerprint).toContainText(`${deviceHash.slice(0, 12)}…`);
  });
});

test('a check submitted without a connection waits on the device and is sent when it comes back', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await phone(browser, 'assessor6');
  await openCheckForm(page);
  await question(page, /^吃不愁/).getByRole('button', { name: '是' }).click();
  await page.context().setOffline(true);
  await page.getByRole('button', { name: '提交核查' }).click();
  await expect(page.getByText('核查已保存在本设备的发送箱中')).toBeVisible();
  await expect(page.getByText('等待网络连接——1 份记录保存在本设备上，联网后自动提交。')).toBeVisible();

  await page.context().setOffline(false);
  await expect(page.getByText('本设备上保存的 1 份记录已全部提交。')).toBeVisible({ timeout: 20_000 });
  await page.goto(`/site-visits/${visitId}/checks`);
  await expect(page.getByRole('list', { name: '核查记录' }).getByRole('link', { name: new RegExp(household) }).first()).toBeVisible();
});

test('an admin builds a checklist template and edits a question', async ({ page }) => {
  const code = `E2E-${Date.now()}`;
  const name = `村级核查（测试 ${code}）`;
  await signIn(page, 'admin');
  await page.goto('/checklists');
  await expect(page.getByRole('link', { name: '两不愁三保障入户核查' })).toBeVisible();
  await page.getByLabel('编码').fill(code);
  await page.getByLabel('名称').fill(name);
  await page.getByLabel('核查对象').selectOption('VILLAGE');
  await page.getByLabel('最短用时（分钟）').fill('8');
  await page.getByRole('button', { name: '新建核查表' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const add = page.locator('form').filter({ has: page.getByRole('button', { name: '添加问题' }) });
  await add.getByLabel('编码').fill('ROAD');
  await add.getByLabel('问题').fill('有路通');
  await add.getByRole('button', { name: '添加问题' }).click();
  const items = page.getByRole('list', { name: '问题' });
  await expect(items.getByText('有路通')).toBeVisible();
  await add.getByLabel('编码').fill('INCOME');
  await add.getByLabel('问题').fill('村集体年收入（万元）');
  await add.getByLabel('回答类型').selectOption('NUMBER');
  await add.getByLabel('达标下限').fill('5');
  await add.getByRole('button', { name: '添加问题' }).click();
  await expect(items.getByRole('listitem')).toHaveCount(2);
  await expect(items.getByText('达标：不低于 5')).toBeVisible();

  await page.getByRole('button', { name: '上移问题：INCOME 村集体年收入（万元）' }).click();
  await expect(items.getByRole('listitem').first()).toContainText('INCOME');

  await page.getByRole('button', { name: '编辑问题：ROAD 有路通' }).click();
  const edit = items.locator('form');
  await edit.getByLabel('问题').fill('有路通：自然村通硬化路');
  await edit.getByLabel('达标回答').selectOption('NO');
  await edit.getByRole('button', { name: '保存问题' }).click();
  await expect(items.getByText('有路通：自然村通硬化路')).toBeVisible();
  await expect(items.getByRole('listitem').nth(1)).toContainText('达标：否');

  const assessor = await (await page.context().browser()!.newContext()).newPage();
  await signIn(assessor, 'assessor6');
  expect((await assessor.goto('/checklists'))?.status()).toBe(404);
});
