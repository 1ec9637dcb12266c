// A finding's whole life on a phone (360 px): assessor6 records it with a photo in a Fengkai
// village of the demo Zhaoqing assessment; leader6 confirms and issues it; the Fengkai official
// submits a plan and proof; assessor6 verifies and closes it with a closing note. The Huaiji official never sees it.
// The finding has a title of its own, so other specs reading the demo data are not affected.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { jpegWithExif } from '../modules/attachments/fixtures/exif-fixture';
import { signIn } from './support/auth';
import { expectFocusKept } from './support/focus';

const PHONE = { width: 360, height: 780 };

async function phone(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(page, username);
  return page;
}

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const status = (page: Page, text: string) => expect(page.locator('main').getByText(text, { exact: true }).first()).toBeVisible();

test('a finding goes from the field to closed, and another county cannot see it', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `E2E 危房改造未完成 ${Date.now()}`;

  // The assessor records the finding on the demo assessment, down to a Fengkai village.
  const assessor = await phone(browser, 'assessor6');
  await assessor.goto('/assessments');
  await assessor.getByRole('link', { name: /肇庆市/ }).first().click();
  await expect(assessor).toHaveURL(/\/assessments\/[^/]+$/);
  await assessor.goto(`${assessor.url()}/findings/new`);
  await assessor.getByLabel('县（市、区）').selectOption({ label: '封开县' });
  await assessor.getByLabel('镇（乡、街道）').selectOption({ label: '长岗镇' });
  await assessor.getByLabel('村（社区）').selectOption({ label: '上坪村' });
  await assessor.getByLabel('严重程度').selectOption({ label: '较重' });
  await assessor.getByLabel('问题标题').fill(title);
  await assessor.getByLabel('问题描述').fill('一户脱贫户危房改造主体完工，屋面未完成，老人仍住旧房。');
  await expectNoSideways(assessor);
  await assessor.getByRole('button', { name: '保存草稿' }).click();
  await expect(assessor.getByRole('heading', { name: title })).toBeVisible();
  const findingUrl = assessor.url();
  expect(findingUrl).toMatch(/\/findings\/[^/]+$/);

  // …with a photo: stored without its location, which is kept and shown to the group.
  const photo = Buffer.from(jpegWithExif({ latitude: 23.44, longitude: 111.51, takenAt: '2019:02:18 10:30:00' }));
  await assessor.getByLabel('选择照片或文件').setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: photo });
  await assessor.getByRole('button', { name: '上传' }).click();
  await expect(assessor.getByRole('img', { name: '照片：现场照片.jpg' })).toBeVisible();
  await expect(assessor.getByText('拍摄位置 23.44000, 111.51000')).toBeVisible();
  await status(assessor, '草稿');
  await expectNoSideways(assessor);

  // The Fengkai official does not see a draft.
  const fengkai = await phone(browser, 'fengkai');
  expect((await fengkai.goto(findingUrl))?.status()).toBe(404);

  // The leader confirms and issues it.
  const leader = await phone(browser, 'leader6');
  await leader.goto(findingUrl);
  await leader.getByRole('button', { name: '确认问题' }).click();
  await leader.getByRole('button', { name: '确定' }).click();
  await status(leader, '已确认');
  await expectFocusKept(leader);
  await leader.getByLabel('申诉期限（天）').fill('7');
  await leader.getByRole('button', { name: '反馈给地方' }).click();
  await status(leader, '已反馈');
  await expectFocusKept(leader);

  // The Fengkai official finds it in the list and answers it: a plan, then proof.
  await fengkai.goto('/findings');
  await fengkai.getByRole('link', { name: title }).click();
  await expect(fengkai.getByRole('heading', { name: title })).toBeVisible();
  await expect(fengkai.getByRole('img', { name: '照片：现场照片.jpg' })).toBeVisible();
  await expect(fengkai.getByText(/拍摄位置/)).toHaveCount(0);
  await fengkai.getByLabel('牵头单位').fill('封开县住房和城乡建设局');
  await fengkai.getByLabel('整改措施').fill('督促施工单位完成屋面和门窗，竣工后组织验收。');
  await fengkai.getByLabel('责任人').fill('麦家明');
  await fengkai.getByLabel('整改期限').fill('2030-06-30');
  await fengkai.getByRole('button', { name: '提交整改方案' }).click();
  await status(fengkai, '整改中');
  await fengkai.getByLabel('完成情况说明').fill('屋面和门窗已完工并通过验收，该户已搬入新房。');
  await fengkai.getByLabel('佐证材料').setInputFiles({ name: '竣工照片.jpg', mimeType: 'image/jpeg', buffer: photo });
  await fengkai.getByRole('button', { name: '提交整改佐证' }).click();
  await status(fengkai, '待核实');
  await expectNoSideways(fengkai);

  // The assessor verifies and closes it (销号).
  await assessor.goto(findingUrl);
  await expect(assessor.getByRole('img', { name: '照片：竣工照片.jpg' })).toBeVisible();
  await assessor.getByLabel('销号说明（选填）').fill('现场复核：已入住新房，门窗齐全。');
  await assessor.getByRole('button', { name: '核实销号' }).click();
  await assessor.getByRole('button', { name: '确定' }).click();
  await status(assessor, '已销号');
  await expectFocusKept(assessor);
  // The closing note is kept with the finding and in its history, not as a return reason.
  await expect(assessor.getByText('现场复核：已入住新房，门窗齐全。', { exact: true })).toBeVisible();
  await expect(assessor.getByText('说明：现场复核：已入住新房，门窗齐全。')).toBeVisible();

  // The Huaiji official: not in the list, and its address is not found.
  const huaiji = await phone(browser, 'huaiji');
  await huaiji.goto('/findings');
  await expect(huaiji.getByRole('heading', { name: '问题清单' })).toBeVisible();
  await expect(huaiji.getByRole('link', { name: title })).toHaveCount(0);
  expect((await huaiji.goto(findingUrl))?.status()).toBe(404);
  await expect(huaiji.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(huaiji.getByText(title)).toHaveCount(0);
});
