// The field app offline: assessor6 prepares a planned visit of our own (two households) on a phone,
// the browser goes offline and the visit page still opens from the device, with its households and
// "ready offline: 2 households"; a household's check form and the home page open too, and any other page
// opens as the offline page, which lists the prepared visit. A household added on the server
// meanwhile proves where each page came from: offline the stored page (2), online the server's (3),
// never a stale page while online. Signing out leaves none of the user's offline data behind. A finding
// recorded offline, with a photo, waits in the outbox and is sent once the network is back (this part needs
// the server side of field sync (decision 022): /api/field-photos and JSON /api/findings).
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { signIn } from './support/auth';
import { addOwnHousehold, createOwnVisit, openVisitWithWorker, prepareVisit, removeOwnHouseholds, removeOwnVisit, type OwnVisit } from './support/own-visit';

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 } };
const PHOTO = fileURLToPath(new URL('./fixtures/household-photo.jpg', import.meta.url));

let own: OwnVisit;
const added: string[] = [];
const codes: string[] = [];

async function addHousehold(position: number): Promise<string> {
  const household = await addOwnHousehold(own, position);
  added.push(household.id);
  return household.code;
}

test.beforeAll(async () => {
  own = await createOwnVisit('PLANNED', 'offline', 2023);
  const db = createDb(getDatabaseUrl());
  try {
    codes.push((await db.household.findUniqueOrThrow({ where: { id: own.householdId } })).code);
  } finally {
    await db.$disconnect();
  }
  codes.push(await addHousehold(1));
});

test.afterAll(async () => {
  await removeOwnHouseholds(added);
  await removeOwnVisit(own);
});

async function phone(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, 'assessor6');
  return page;
}

const openVisit = (page: Page) => openVisitWithWorker(page, own.visitId);

async function countHouseholds(): Promise<number> {
  const db = createDb(getDatabaseUrl());
  try {
    return await db.siteVisitHousehold.count({ where: { siteVisitId: own.visitId } });
  } finally {
    await db.$disconnect();
  }
}

async function prepare(page: Page) {
  await prepareVisit(page, await countHouseholds());
  await expect(page.getByText(/浏览器(已同意|未同意)长期保存/)).toBeVisible();
}

const householdRow = (page: Page, code: string) => page.getByRole('cell', { name: code, exact: true });

test('a prepared visit opens offline with its households; online, pages come from the server', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await phone(browser);
  await openVisit(page);
  await expect(page.getByTestId('offline-readiness')).toHaveText('尚未准备离线使用。');
  await prepare(page);
  await expect(page.getByTestId('offline-readiness')).toContainText(`可离线使用：${codes.length} 户`);

  // The server's list grows while the phone is away.
  const third = await addHousehold(2);
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '封开县实地核查' })).toBeVisible();
  for (const code of codes) await expect(householdRow(page, code)).toBeVisible();
  await expect(householdRow(page, third)).toHaveCount(0);
  await expect(page.getByTestId('offline-readiness')).toContainText(`可离线使用：${codes.length} 户`);

  // A household's check form was stored too.
  await page.goto(`/site-visits/${own.visitId}/checks/new?householdId=${own.householdId}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(codes[0] ?? '-') })).toBeVisible();

  // The installed app starts at the home page, which was stored too; a page that was not stored opens as
  // the offline page, which leads back to the prepared visit.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  await page.goto('/findings');
  await expect(page.getByRole('heading', { level: 1, name: '离线' })).toBeVisible();
  await page.getByRole('link', { name: /^封开县实地核查 · / }).click();
  await expect(householdRow(page, codes[0] ?? '-')).toBeVisible();

  // Back online: the server's page, with the household added meanwhile.
  await page.context().setOffline(false);
  await page.goto(`/site-visits/${own.visitId}`);
  await expect(householdRow(page, third)).toBeVisible();
  await page.context().close();
});

test("signing out removes the user's offline data from the device", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await phone(browser);
  await openVisit(page);
  await prepare(page);
  const stored = () =>
    page.evaluate(async () => {
      const pages = (await caches.keys()).filter((name) => name.startsWith('field-pages:'));
      const visits = await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('field-app');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('visits').objectStore('visits').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      });
      return { pages: pages.length, visits };
    });
  expect(await stored()).toEqual({ pages: 1, visits: 1 });

  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  expect(await stored()).toEqual({ pages: 0, visits: 0 });
  await page.context().close();
});

test('a finding recorded offline waits in the outbox and is sent when the network is back', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `离线记录的问题 ${Date.now()}`;
  const page = await phone(browser);
  await openVisit(page);
  await prepare(page);
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: '记录问题' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '现场记录问题' })).toBeVisible();

  // A file that is not a photo is refused when it is picked; a photo is taken.
  const picker = page.getByLabel('拍照或选择照片');
  await picker.setInputFiles({ name: '记录.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7\n', 'latin1') });
  await expect(page.getByRole('alert').filter({ hasText: '“记录.jpg”不是照片' })).toBeVisible();
  await picker.setInputFiles(PHOTO);
  await expect(page.getByRole('img', { name: '第 1 张照片预览' })).toBeVisible();

  await page.getByLabel('问题标题').fill(title);
  await page.getByLabel('问题描述').fill('入户核查时发现的问题。');
  await page.getByRole('button', { name: '保存问题' }).click();
  await expect(page.getByText('问题已保存在本设备的发送箱中，有网络时自动提交。')).toBeVisible();
  const outbox = page.getByRole('region', { name: '发送箱（本设备）' });
  await expect(outbox.getByText('等待网络连接——1 份记录保存在本设备上，联网后自动提交。')).toBeVisible();
  await expect(outbox.getByText(title)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  await page.context().setOffline(false);
  await expect(outbox.getByText('本设备上保存的 1 份记录已全部提交。')).toBeVisible({ timeout: 30_000 });
  const db = createDb(getDatabaseUrl());
  try {
    const stored = await db.finding.findMany({ where: { siteVisitId: own.visitId, title }, select: { id: true, _count: { select: { attachments: true } } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?._count.attachments).toBe(1);
  } finally {
    await db.$disconnect();
  }
  await page.context().close();
});
