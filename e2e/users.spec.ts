// An admin manages people in the browser: creates one, who must choose a password at the first
// sign-in; deactivates them, which signs them out at once; resets a password. Others see no such page.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { signIn } from './support/auth';

async function selectRegion(select: Locator, name: string) {
  const option = select.locator('option').filter({ hasText: new RegExp(`^\\s*${name}$`) });
  await select.selectOption((await option.getAttribute('value'))!);
}

/** Signs in through the login form in a browser of its own (a second device). */
async function signInElsewhere(browser: Browser, username: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  return page;
}

const oneTimePassword = (page: Page) => page.locator('[role=status] code').textContent();

test('an admin creates a person, deactivates them and resets their password', async ({ page, browser }) => {
  const username = `e2e-user-${Date.now().toString(36)}`;
  const name = `新同事${Date.now().toString(36).slice(-4)}`;
  await signIn(page, 'admin');
  await page.getByRole('link', { name: '人员管理' }).first().click();
  await expect(page.getByRole('heading', { name: '人员管理', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '新建人员' }).first().click();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('职务').fill('肇庆市扶贫办 干部');
  await selectRegion(page.getByLabel('所在地区'), '肇庆市');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByText('密码只显示这一次')).toBeVisible();
  const initial = (await oneTimePassword(page))!;
  expect(initial).toMatch(/^[A-Za-z2-9]{14}$/);

  // The person signs in with it and is sent to choose their own.
  const person = await signInElsewhere(browser, username, initial);
  await expect(person).toHaveURL(/\/account\?required=1$/);

  await page.getByRole('link', { name: `查看${name}` }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('1 个已登录的会话')).toBeVisible();
  await page.getByRole('button', { name: '停用账号' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已停用，结束了 1 个会话。')).toBeVisible();

  // The open session stops working on its next page load, and signing in is refused.
  await person.goto('/');
  await expect(person).toHaveURL(/\/login/);
  const again = await signInElsewhere(browser, username, initial);
  await expect(again.locator('form [role=alert]')).toHaveText('用户名或密码不正确。');

  await page.getByRole('button', { name: '重新启用' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已重新启用。')).toBeVisible();
  await page.getByRole('button', { name: '重置密码' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(`已为${name}生成新密码。`)).toBeVisible();
  const reset = (await oneTimePassword(page))!;
  expect(reset).not.toBe(initial);
  const afterReset = await signInElsewhere(browser, username, reset);
  await expect(afterReset).toHaveURL(/\/account\?required=1$/);
  await page.reload();
  await expect(page.getByText('下次登录须修改密码')).toBeVisible();
});

test('the people list searches, and fits a 360 px screen', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, 'admin');
  await page.goto('/users?q=leader6');
  await expect(page.getByRole('link', { name: /leader6/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /zhaoqing/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('link', { name: /leader6/ }).click();
  await expect(page.getByRole('heading', { name: '角色与范围' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.goto('/users?q=nobody-by-this-name');
  await expect(page.getByText('没有符合条件的人员')).toBeVisible();
});

test('people administration is not there for a group leader', async ({ page }) => {
  await signIn(page, 'leader6');
  await expect(page.getByRole('link', { name: '人员管理' })).toHaveCount(0);
  const response = await page.goto('/users');
  expect(response?.status()).toBe(404);
});
