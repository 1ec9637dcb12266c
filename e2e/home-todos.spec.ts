// Each person's home page lists what waits for them. The Huaiji official sees the findings issued to
// Huaiji that want a plan or proof (the one past its deadline marked overdue, first) and Huaiji's late
// report, nothing of Fengkai's; each to-do opens its record, by keyboard too, on a 360 px phone.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/auth';

const todos = (page: Page) => page.locator('section', { has: page.getByRole('heading', { name: '待办事项' }) }).getByRole('listitem');

test('the Huaiji official’s home lists its issued findings and late report as to-dos', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, 'huaiji');
  await expect(page.getByRole('heading', { name: '待办事项' })).toBeVisible();
  const items = todos(page);
  await expect(items.filter({ hasText: '白石村产业帮扶项目收益未分配到户' })).toContainText('已下发问题：待提交整改方案');
  const overdue = items.filter({ hasText: '竹园村两户医疗费用报销未落实' });
  await expect(overdue).toContainText('整改中：待提交整改佐证');
  await expect(overdue).toContainText('截止 2019年5月31日');
  await expect(overdue).toContainText('已逾期');
  await expect(items.first()).toContainText('已逾期');
  await expect(items.filter({ hasText: '怀集县2018年度脱贫攻坚自查报告' })).toContainText('已逾期');
  // Closed findings and other counties' findings are not to-dos.
  await expect(items.filter({ hasText: '水口村脱贫人数统计口径有误' })).toHaveCount(0);
  await expect(items.filter({ hasText: '石岗村' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // By keyboard: focus the overdue finding's link and open it.
  const link = overdue.getByRole('link');
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '竹园村两户医疗费用报销未落实' })).toBeVisible();
});

test('the leader sees the appeal to decide and the draft to confirm', async ({ page }) => {
  await signIn(page, 'leader6');
  await expect(todos(page).filter({ hasText: '河口村一户脱贫户家庭人口与户籍信息不符' })).toContainText('待裁定的问题申诉');
  await expect(todos(page).filter({ hasText: '上坪村一户脱贫户危房改造尚未竣工' })).toContainText('待确认的问题');
});

test('the assessor sees the proof waiting for verification', async ({ page }) => {
  await signIn(page, 'assessor6');
  await expect(todos(page).filter({ hasText: '田心村危房改造补助资金未及时拨付到户' })).toContainText('待核实的整改材料');
});
