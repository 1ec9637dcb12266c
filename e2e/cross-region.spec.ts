// Officials see only their own region: a county official opening a city-level page gets not-found.
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

test('a Fengkai official opening the Zhaoqing assessment gets a not-found page', async ({ browser }) => {
  const city = await browser.newPage();
  await signIn(city, 'zhaoqing');
  await city.getByRole('link', { name: /肇庆市/ }).first().click();
  await expect(city.getByRole('heading', { name: '考核组成员' })).toBeVisible();
  const url = city.url();
  expect(url).toMatch(/\/assessments\/[^/]+$/);
  await city.close();

  const county = await (await browser.newContext()).newPage();
  await signIn(county, 'fengkai');
  const response = await county.goto(url);
  expect(response?.status()).toBe(404);
  await expect(county.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(county.getByText('第六组')).toHaveCount(0);
});

test('the phone layout has no horizontal scroll at 360 px', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, 'leader6');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: '菜单' }).click();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '考核对象' })).toBeVisible();
});
