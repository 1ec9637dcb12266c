// The results of the demo Zhaoqing assessment from draft to final, at 390 px: leader6 computes and submits; the
// Zhaoqing official sees the preliminary results and appeals an indicator verdict with evidence; leader6 answers;
// the admin finalises. The Huaiji official (a county of Zhaoqing, not the target city) cannot open the results.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/auth';
import { expectFocusKept } from './support/focus';

const PHONE = { width: 390, height: 800 };

async function phone(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(page, username);
  return page;
}

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

// Computing and submitting results recounts every check: on a loaded machine it takes longer than the default wait.
const badge = (page: Page, text: string) => expect(page.locator('main').getByText(text, { exact: true }).first()).toBeVisible({ timeout: 15_000 });

test('results go from draft to final through an appeal; another county cannot open them', async ({ browser }) => {
  test.setTimeout(180_000);
  const leader = await phone(browser, 'leader6');
  await leader.goto('/assessments');
  await leader.getByRole('link', { name: /肇庆市/ }).first().click();
  await expect(leader).toHaveURL(/\/assessments\/[^/]+$/);
  await leader.getByRole('link', { name: '考核结果' }).click();
  await expect(leader).toHaveURL(/\/assessments\/[^/]+\/results$/);
  const resultsUrl = leader.url();

  // Officials see nothing before the leader submits.
  const zhaoqing = await phone(browser, 'zhaoqing');
  expect((await zhaoqing.goto(resultsUrl))?.status()).toBe(404);

  // Not computed yet, or computed as a draft by the report's spec: either way the leader computes now.
  await leader.getByRole('button', { name: /^(计算结果|重新计算)$/ }).click();
  await badge(leader, '草稿');
  await expect(leader.getByTestId('total-verified')).toBeVisible();
  await leader.getByRole('button', { name: '提交结果' }).click();
  await leader.getByRole('group').getByRole('button', { name: '提交结果' }).click();
  await badge(leader, '已提交（初步结果）');
  await expectFocusKept(leader);
  await expectNoSideways(leader);

  // The Zhaoqing official sees the preliminary results and appeals an indicator verdict with evidence.
  await zhaoqing.goto(resultsUrl);
  await badge(zhaoqing, '已提交（初步结果）');
  const reason = `E2E 贫困发生率核实口径有误 ${Date.now()}`;
  await zhaoqing.getByLabel('申诉理由').fill(reason);
  await zhaoqing.getByLabel('佐证材料（1–5 个文件）').setInputFiles({ name: '台账.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1') });
  await zhaoqing.getByRole('button', { name: '提交申诉' }).click();
  await expect(zhaoqing.getByText(reason)).toBeVisible();
  await expect(zhaoqing.getByText('待组长答复')).toBeVisible();
  await expectNoSideways(zhaoqing);

  // The leader answers it.
  await leader.reload();
  await expect(leader.getByText(reason)).toBeVisible();
  await leader.getByLabel('答复说明').fill('经复核，维持核实结论。');
  await leader.getByRole('button', { name: '提交答复' }).click();
  await expect(leader.getByText('维持原结论')).toBeVisible();
  await expectFocusKept(leader);

  // The admin finalises; the results are then frozen.
  const admin = await phone(browser, 'admin');
  await admin.goto(resultsUrl);
  await admin.getByRole('button', { name: '定稿' }).click();
  await admin.getByRole('group').getByRole('button', { name: '定稿' }).click();
  await badge(admin, '已定稿');
  await expectFocusKept(admin);
  await leader.reload();
  await badge(leader, '已定稿');
  await expect(leader.getByRole('button', { name: '重新计算' })).toHaveCount(0);

  // "Verify score" recomputes the sheet from the stored inputs.
  await leader.getByRole('link', { name: '核验得分' }).click();
  await expect(leader.getByText('一致：按保存的输入重新计算，得分与保存的得分表完全一致。')).toBeVisible();

  // The Huaiji official cannot open the results of the Zhaoqing assessment.
  const huaiji = await phone(browser, 'huaiji');
  expect((await huaiji.goto(resultsUrl))?.status()).toBe(404);
});
