// The assessment office checks the audit trail: "verify now" queues a check for the worker, the page
// follows it and shows its result, which sees the sign-ins the app has recorded. Other roles never
// see the page.
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

test('an admin asks for a check of the audit trail and finds the chain intact', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计' }).click();
  await expect(page.getByRole('heading', { name: '审计链校验' })).toBeVisible();
  const verify = page.getByRole('button', { name: '立即校验' });
  // The check the worker queues at its start may still be waiting or under way.
  await expect(verify).toBeEnabled({ timeout: 30_000 });
  await verify.click();
  // Asked for by the admin, and then finished: the page refreshes itself while the check runs.
  await expect(page.getByText('由周考核请求')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('完好：审计链连续，且与全部检查点一致')).toBeVisible();
  // This sign-in at least is in the chain, so there is a newest event.
  await expect(page.getByText(/^第 \d+ 号事件/)).toBeVisible();
  await expect(page.getByText('第一处问题')).toHaveCount(0);
});

test('a group leader gets a not-found page for the audit trail check', async ({ page }) => {
  await signIn(page, 'leader6');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计' })).toHaveCount(0);
  const response = await page.goto('/audit');
  expect(response?.status()).toBe(404);
});
