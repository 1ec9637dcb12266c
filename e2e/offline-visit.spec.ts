// The field app offline: assessor6 prepares a planned visit of our own (two households) on a phone,
// the browser goes offline and the visit page still opens from the device, with its households and
// "ready offline: 2 households"; a household's check form and the home page open too, and any other page
// opens as the offline page, which lists the prepared visit. A household added on the server
// meanwhile proves where each page came from: offline the stored page (2), online the server's (3),
// never a stale page while online. Signing out leaves none of the user's offline data behind.
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { signIn } from './support/auth';
import { createOwnVisit, removeOwnVisit, type OwnVisit } from './support/own-visit';

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 } };

let own: OwnVisit;
const added: string[] = [];
const codes: string[] = [];

async function addHousehold(position: number): Promise<string> {
  const db = createDb(getDatabaseUrl());
  try {
    const first = await db.household.findUniqueOrThrow({ where: { id: own.householdId }, select: { code: true, regionId: true, rosterImportId: true } });
    const household = await db.household.create({
      data: { code: `${first.code}-${position}`, rosterImportId: first.rosterImportId, regionId: first.regionId, size: 2, status: 'PLANNED_EXIT' },
    });
    await db.siteVisitHousehold.create({ data: { siteVisitId: own.visitId, householdId: household.id, position } });
    added.push(household.id);
    return household.code;
  } finally {
    await db.$disconnect();
  }
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
  const db = createDb(getDatabaseUrl());
  try {
    await db.siteVisitHousehold.deleteMany({ where: { householdId: { in: added } } });
    await db.household.deleteMany({ where: { id: { in: added } } });
  } finally {
    await db.$disconnect();
  }
  await removeOwnVisit(own);
});

async function phone(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, 'assessor6');
  return page;
}

/** Opens the visit page once the service worker is active and in control (its assets precached). */
async function openVisit(page: Page) {
  await page.goto(`/site-visits/${own.visitId}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  await expect(page.getByRole('heading', { level: 1, name: '封开县实地核查' })).toBeVisible();
}

async function countHouseholds(): Promise<number> {
  const db = createDb(getDatabaseUrl());
  try {
    return await db.siteVisitHousehold.count({ where: { siteVisitId: own.visitId } });
  } finally {
    await db.$disconnect();
  }
}

async function prepare(page: Page) {
  const households = await countHouseholds();
  await page.getByRole('button', { name: '准备离线使用' }).click();
  await expect(page.getByTestId('offline-readiness')).toContainText(new RegExp(`可离线使用：${households} 户，数据截至 \\d{2}:\\d{2}`), { timeout: 20_000 });
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
