// Sign-out with records still in the device's outbox, on a phone (360 × 740): assessor6 saves a check with the
// network off and presses sign-out — a message says one record waits and where the outbox is, focus moves
// to it, and the session goes on; once the network is back and the check is sent, sign-out works. "Sign
// out anyway" ends the session but keeps the check on the device, and it is sent after the next sign-in;
// "sign out everywhere" explains the same way before ending any session. (Checks go as JSON with their
// photos uploaded first: this needs the server side of field sync, decision 022.)
import { expect, test, type Browser, type Page } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { signIn } from './support/auth';
import { createOwnVisit, removeOwnVisit, type OwnVisit } from './support/own-visit';

const visits: OwnVisit[] = [];

test.beforeAll(async () => {
  visits.push(await createOwnVisit('IN_PROGRESS', 'signout', 2024), await createOwnVisit('IN_PROGRESS', 'signout', 2024));
});

test.afterAll(async () => {
  for (const own of visits) await removeOwnVisit(own);
});

async function phone(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, 'assessor6');
  return page;
}

async function checksStored(own: OwnVisit): Promise<number> {
  const db = createDb(getDatabaseUrl());
  try {
    return await db.householdCheck.count({ where: { siteVisitId: own.visitId } });
  } finally {
    await db.$disconnect();
  }
}

/** Answers one question of the visit's household and submits with the network off: the check waits on the device. */
async function queueCheckOffline(page: Page, own: OwnVisit) {
  await page.goto(`/site-visits/${own.visitId}/checks`);
  await page.getByRole('link', { name: /核查\s*（农户 / }).first().click();
  await expect(page.getByText('第 1 题，共 8 题')).toBeVisible();
  await page.getByRole('region', { name: /^吃不愁/ }).getByRole('button', { name: '是' }).click();
  await page.context().setOffline(true);
  await page.getByRole('button', { name: '提交核查' }).click();
  await expect(page.getByText('核查已保存在本设备的发送箱中')).toBeVisible();
}

async function pressSignOut(page: Page) {
  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('button', { name: '退出登录', exact: true }).click();
}

const notice = (page: Page) => page.getByRole('region', { name: '本设备上还有 1 份记录未提交' });

test('sign-out is refused while a check waits, and works once it is sent', async ({ browser }) => {
  test.setTimeout(90_000);
  const own = visits[0]!;
  const page = await phone(browser);
  await queueCheckOffline(page, own);
  const url = page.url();

  await test.step('sign-out explains instead of ending the session', async () => {
    await pressSignOut(page);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toBeFocused();
    await expect(notice(page).getByText('1 份记录正在等待网络连接。')).toBeVisible();
    await expect(notice(page).getByText('请先连接网络并提交这些记录；您仍处于登录状态。')).toBeVisible();
    await expect(notice(page).getByRole('link', { name: '查看未提交的记录' })).toHaveAttribute('href', '/offline#outbox');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page).toHaveURL(url);
  });

  await test.step('"stay signed in" closes the message and returns to the sign-out button', async () => {
    await notice(page).getByRole('button', { name: '暂不退出' }).press('Enter');
    await expect(notice(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: '退出登录', exact: true })).toBeFocused();
  });

  await test.step('the check is still waiting, and the session is alive', async () => {
    await page.context().setOffline(false);
    await expect(page.getByText('本设备上保存的 1 份记录已全部提交。')).toBeVisible({ timeout: 20_000 });
    expect(await checksStored(own)).toBe(1);
  });

  await test.step('with nothing unsent, sign-out signs out', async () => {
    await page.getByRole('button', { name: '退出登录', exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
  });
  await page.context().close();
});

test('"sign out anyway" keeps the check on the device for the next sign-in', async ({ browser }) => {
  test.setTimeout(90_000);
  const own = visits[1]!;
  const page = await phone(browser);
  await queueCheckOffline(page, own);
  // Back online but the server unreachable: the check keeps waiting, and the outbox says when it tries again.
  await page.route('**/api/checks', (route) => route.abort('internetdisconnected'));
  await page.context().setOffline(false);
  await page.goto('/offline#outbox');
  await expect(page.getByRole('region', { name: '发送箱（本设备）' }).getByText(/^1 份记录待提交，将于 .+ 自动重试。$/)).toBeVisible({ timeout: 20_000 });

  await test.step('"sign out everywhere" explains too, and ends no session', async () => {
    await page.goto('/account');
    await page.getByRole('button', { name: '在所有设备上退出登录' }).click();
    await page.getByRole('button', { name: '确认退出' }).click();
    await expect(notice(page)).toBeFocused();
    await notice(page).getByRole('button', { name: '暂不退出' }).click();
    await expect(page.getByRole('button', { name: '在所有设备上退出登录' })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('button', { name: '在所有设备上退出登录' })).toBeVisible();
  });

  await pressSignOut(page);
  await expect(notice(page)).toBeFocused();
  await notice(page).getByRole('button', { name: '仍然退出（记录保留在本设备上，下次登录后提交）' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await checksStored(own)).toBe(0);

  await page.unroute('**/api/checks');
  await signIn(page, 'assessor6');
  await page.goto('/offline#outbox');
  await expect(page.getByRole('region', { name: '发送箱（本设备）' }).getByText('本设备上保存的 1 份记录已全部提交。')).toBeVisible({ timeout: 20_000 });
  expect(await checksStored(own)).toBe(1);
  await page.context().close();
});
