// Village checks ("eight haves") on a phone (390 × 844): assessor6 opens a site visit of its own in the
// demo assessment (Fengkai, in progress, one household of the first Fengkai village on its list),
// checks the village with one item failing, and sees the verdict with the failed item on the check
// and on the visit's list; the village cannot be checked twice on the visit. The visit is removed after.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/auth';
import { createOwnVisit, removeOwnVisit, type OwnVisit } from './support/own-visit';

const PHONE = { viewport: { width: 390, height: 844 }, permissions: ['geolocation'], geolocation: { latitude: 23.5911, longitude: 111.6033, accuracy: 20 } };

let own: OwnVisit;
let visitId = '';
let villageName = '';
let villageId = '';

test.beforeAll(async () => {
  own = await createOwnVisit('IN_PROGRESS', 'village', 2021);
  ({ visitId, villageName, villageId } = own);
});

test.afterAll(() => removeOwnVisit(own));

const question = (page: Page, prompt: RegExp) => page.getByRole('region', { name: prompt });

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('an assessor checks a village on a phone and sees the verdict with the failed item', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, 'assessor6');

  await test.step('the visit lists its village, not yet checked', async () => {
    await page.goto(`/site-visits/${visitId}/checks`);
    const villages = page.getByRole('list', { name: '村“八有”核查' });
    await expect(villages.getByText('尚未核查')).toBeVisible();
    await villages.getByRole('link', { name: new RegExp(`^核查该村\\s*（${villageName}）$`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(villageName) })).toBeVisible();
    await expect(page.getByText('第 1 题，共 8 题')).toBeVisible();
    await expect(page.getByText(/已定位：纬度 23\.59110/)).toBeVisible();
  });

  await test.step('the eight haves, broadband missing and explained', async () => {
    for (const prompt of [/^有路通/, /^有电用/, /^有安全饮水/, /^有卫生站/, /^有文化室/, /^有稳定集体收入/, /^有村级综合服务站/]) {
      await question(page, prompt).getByRole('button', { name: '是' }).click();
    }
    const broadband = question(page, /^有宽带网络/);
    await broadband.getByRole('button', { name: '否' }).click();
    await broadband.getByLabel('备注').fill('光纤尚未入村');
    await expect(page.getByText('已回答 8/8 题', { exact: false })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: '提交核查' }).click();
  });

  await test.step('the check shows the verdict, the failed item, the position', async () => {
    await expect(page).toHaveURL(/\/checks\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: `村级核查：${villageName}` })).toBeVisible();
    await expect(page.getByText('未达到退出条件')).toBeVisible();
    await expect(page.getByText('未达标项：有宽带网络')).toBeVisible();
    await expect(page.getByText(/纬度 23\.59110，经度 111\.60330/)).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  await test.step('the visit lists the verdict, and the village cannot be checked again', async () => {
    await page.goto(`/site-visits/${visitId}/checks`);
    const villages = page.getByRole('list', { name: '村“八有”核查' });
    await expect(villages.getByText('未达到退出条件')).toBeVisible();
    await expect(villages.getByRole('link', { name: new RegExp(`^核查该村\\s*（${villageName}）$`) })).toHaveCount(0);
    await page.goto(`/site-visits/${visitId}/checks/new?villageId=${villageId}`);
    await expect(page.getByText('该村在本次实地核查中已核查')).toBeVisible();
  });
});
