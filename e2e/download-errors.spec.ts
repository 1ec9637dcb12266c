// Downloads that fail say why, on the page: fengkai exports the findings list (a workbook that opens,
// saved under its Chinese name), then his sessions are revoked from another browser and the same
// link answers 401 — the page shows the message and a way back to the login, at 360 px, with no download.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from './support/auth';

test('a refused export shows its message beside the link, and a good one still saves the workbook', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, 'fengkai');
  await page.goto('/findings');
  const link = page.getByRole('link', { name: '导出 Excel' });

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^问题清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.length).toBeGreaterThan(0);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await signIn(elsewhere, 'fengkai');
  await elsewhere.goto('/account');
  await elsewhere.getByRole('button', { name: '在所有设备上退出登录' }).click();
  await elsewhere.getByRole('button', { name: '确认退出' }).click();
  await expect(elsewhere).toHaveURL(/\/login/);
  await other.close();

  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await link.focus();
  await page.keyboard.press('Enter');
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText(/^请先登录。/);
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link', { name: '重新登录' })).toHaveAttribute('href', '/login?callbackUrl=%2Ffindings');
  const box = (await alert.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(downloads).toBe(0);

  await alert.getByRole('link', { name: '重新登录' }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ffindings/);
});
