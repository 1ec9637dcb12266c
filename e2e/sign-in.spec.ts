// Each demo role signs in and sees its own home; wrong credentials get one clear message.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support/auth';

test('an admin sees campaigns and their progress', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: '考核及进度' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '全省2018年度扶贫开发工作省级考核' })).toBeVisible();
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
  // Focus stays on the switch just pressed.
  await expect(page.getByRole('button', { name: 'English' }).first()).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('after signing out, the old session cookie opens nothing', async ({ page, browser }) => {
  await signIn(page, 'huaiji');
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const stale = await replay.newPage();
  await stale.goto('/findings');
  await expect(stale).toHaveURL(/\/login/);
  await replay.close();
});

test('sign out everywhere ends the session in another browser too', async ({ page, browser }) => {
  await signIn(page, 'zhongshan');
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, 'zhongshan');
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: '登录设备' })).toBeVisible();
  await page.getByRole('button', { name: '在所有设备上退出登录' }).click();
  await page.getByRole('button', { name: '确认退出' }).click();
  await expect(page).toHaveURL(/\/login/);
  await second.goto('/');
  await expect(second).toHaveURL(/\/login/);
  await other.close();
});

test('repeated wrong passwords are slowed down, with a message that says when to try again', async ({ page }) => {
  const username = `nobody-${Date.now()}`;
  await page.goto('/login');
  for (let i = 0; i < 4; i++) {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.locator('form [role=alert]')).toBeVisible();
  }
  // The alert of an earlier attempt is still shown while the last one is answered (slowly, when throttled).
  await expect(page.locator('form [role=alert]')).toContainText('尝试次数过多', { timeout: 20_000 });
});

test('a wrong current password is named on its field, and a common new password is refused', async ({ page }) => {
  await signIn(page, 'assessor6');
  await page.goto('/account');
  await page.getByLabel('当前密码').fill('not-my-password');
  await page.getByLabel('新密码', { exact: true }).fill('a quiet river in autumn');
  await page.getByLabel('再次输入新密码').fill('a quiet river in autumn');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('当前密码不正确。')).toBeVisible();
  await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill('password1');
  await page.getByLabel('再次输入新密码').fill('password1');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('这是常见密码，容易被猜中，请换一个。')).toBeVisible();
});
