import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

test('screenshots', async ({ browser }) => {
  for (const [w, h] of [[1280, 900], [360, 740]] as const) {
    const page = await (await browser.newContext({ viewport: { width: w, height: h } })).newPage();
    await signIn(page, 'admin');
    await page.goto('/campaigns/new');
    await page.getByLabel('考核名称').fill(`截图 ${w} ${Date.now()}`);
    await page.getByRole('button', { name: '创建考核' }).click();
    await expect(page.getByRole('button', { name: '启动考核' })).toBeVisible();
    await page.screenshot({ path: `/tmp/camp/shot-draft-${w}.png`, fullPage: true });
    await page.getByRole('link', { name: '指标体系' }).click();
    await expect(page.getByText('尚未设置指标')).toBeVisible();
    await page.screenshot({ path: `/tmp/camp/shot-empty-ind-${w}.png`, fullPage: true });
    await page.getByRole('link', { name: '概况' }).click();
    await page.getByRole('button', { name: '启动考核' }).click();
    await page.getByRole('button', { name: '结束考核' }).click();
    await page.screenshot({ path: `/tmp/camp/shot-confirm-${w}.png`, fullPage: true });
    await page.getByRole('button', { name: '确认结束' }).click();
    await expect(page.getByText('已结束', { exact: true })).toBeVisible();
    await page.screenshot({ path: `/tmp/camp/shot-closed-${w}.png`, fullPage: true });
    await page.goto('/campaigns');
    await page.getByRole('link', { name: '全省2018年度扶贫开发工作省级考核', exact: true }).click();
    await expect(page).toHaveURL(/campaigns\/[^/]+$/);
    await expect(page.getByRole('heading', { name: '考核概况' })).toBeVisible();
    await page.screenshot({ path: `/tmp/camp/shot-overview-${w}.png`, fullPage: true });
    await page.getByRole('link', { name: '指标体系' }).click();
    await expect(page.getByRole('rowheader', { name: 'PR-01' })).toBeVisible();
    await page.screenshot({ path: `/tmp/camp/shot-indicators-${w}.png`, fullPage: true });
  }
});
