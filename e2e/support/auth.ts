// Signing in as a demo user through the real login form.
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-2019';

export type DemoUsername = 'admin' | 'leader6' | 'assessor6' | 'zhaoqing' | 'fengkai' | 'huaiji' | 'zhongshan';

/** `timeout`: for a spec that may be the first to reach a freshly started server on a busy machine. */
export async function signIn(page: Page, username: DemoUsername | string, password = DEMO_PASSWORD, { timeout }: { timeout?: number } = {}): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  // The first sign-in after the server starts loads the auth route and the password hasher (~4 s here).
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible({ timeout: timeout ?? 15_000 });
}
