// Each demo role signs in and sees its own home; wrong credentials get one clear message.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support/auth';

test('an admin sees campaigns and their progress', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: '考核及进度' })).toBeVisible();
  await expect(page.getByText('全省2018年度扶贫开发工作省级考核')).toBeVisible();
  await expect(page.getByRole('heading', { name: '我的考核任务' })).toHaveCount(0);
});

for (const username of ['leader6', 'assessor6']) {
  test(`${username} of group 6 sees the Zhaoqing assessment among their assessments`, async ({ page }) => {
    await signIn(page, username);
    const section = page.locator('section', { has: page.getByRole('heading', { name: '我的考核任务' }) });
    await expect(section.getByRole('link', { name: /肇庆市/ }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: '考核及进度' })).toHaveCount(0);
  });
}

test('a Zhaoqing official sees the region’s assessment and a task list', async ({ page }) => {
  await signIn(page, 'zhaoqing');
  await expect(page.getByRole('heading', { name: '待办事项' })).toBeVisible();
  const section = page.locator('section', { has: page.getByRole('heading', { name: '本地区的考核' }) });
  await expect(section.getByRole('link', { name: /肇庆市/ }).first()).toBeVisible();
});

test('a Zhongshan official sees the assessment of the city it helps', async ({ page }) => {
  await signIn(page, 'zhongshan');
  const section = page.locator('section', { has: page.getByRole('heading', { name: '本地区的考核' }) });
  await expect(section.getByRole('link', { name: /肇庆市/ }).first()).toBeVisible();
});

test('a Fengkai official has no city-level assessment on their home', async ({ page }) => {
  await signIn(page, 'fengkai');
  await expect(page.getByText('暂无本地区的考核')).toBeVisible();
});

test('a wrong password and an unknown user get the same message', async ({ page }) => {
  for (const [username, password] of [['admin', 'wrong-password'], ['no-such-user', DEMO_PASSWORD]]) {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username!);
    await page.getByLabel('密码').fill(password!);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.locator('form [role=alert]')).toHaveText('用户名或密码不正确。');
    await expect(page).toHaveURL(/\/login/);
  }
});

test('an anonymous visitor is sent to sign in, and back after signing in', async ({ page }) => {
  await page.goto('/assessments');
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/assessments$/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'assessor6');
  await page.getByRole('button', { name: '退出登录' }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('the interface switches to English', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { name: 'Campaigns and their progress' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
