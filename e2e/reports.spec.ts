// Work reports end to end: a Zhaoqing official fills the work report (input kept over a reload),
// sees a rule warning and submits; the group leader returns it with a comment; the official
// fixes it, resubmits and sees the difference; the leader accepts it; a Zhongshan official
// submits the paired-assistance report; an assessor sees both side by side, with the per-county
// figures (given and received) and the cross-check flagging the one that differs.
// Everything is created here (campaign, indicators, rule, group, assessment of Zhaoqing and the
// people), so the accepted demo reports other specs read stay as they are.
import { expect, test, type Browser, type Page } from '@playwright/test';
import exifr from 'exifr';
import { jpegWithExif } from '../modules/attachments/fixtures/exif-fixture';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { createAssessment, createCampaign, createGroup, createIndicators } from '@/seeds/factories/campaigns';
import { createUser, DEFAULT_TEST_PASSWORD } from '@/seeds/factories/users';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';
import { expectFocusKept } from './support/focus';

const suffix = Date.now().toString(36);
const user = (role: string) => `e2e-rep-${role}-${suffix}`;
let assessmentId: string;

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const region = (code: string) => db.region.findUniqueOrThrow({ where: { code }, select: { id: true } });
    const [zhaoqing, zhongshan] = [await region('441200'), await region('442000')];
    const campaign = await createCampaign(db, { name: `E2E 工作汇报 ${suffix}`, year: 2018, status: 'ACTIVE' });
    await createIndicators(db, campaign.id, INDICATORS_2018.filter((i) => ['PR-01', 'PR-03', 'FM-01'].includes(i.code)));
    await db.validationRule.create({
      data: { campaignId: campaign.id, code: 'E2E-R1', description: '本年度脱贫人数不超过累计脱贫人数', left: 'PR-01.THIS_YEAR', operator: 'LTE', right: 'PR-01.CUMULATIVE', position: 0 },
    });
    const make = (role: string, displayName: string, roles: { role: 'OFFICIAL'; regionId: string }[] = []) =>
      createUser(db, { username: user(role), displayName, roles });
    const leader = await make('leader', '汇报测试组长');
    const assessor = await make('assessor', '汇报测试组员');
    await make('zhaoqing', '肇庆汇报员', [{ role: 'OFFICIAL', regionId: zhaoqing.id }]);
    await make('zhongshan', '中山汇报员', [{ role: 'OFFICIAL', regionId: zhongshan.id }]);
    const group = await createGroup(db, { campaignId: campaign.id, leaderId: leader.id, assessorIds: [assessor.id] });
    assessmentId = (await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: zhaoqing.id, status: 'BRIEFING' })).id;
  } finally {
    await db.$disconnect();
  }
});

async function as(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user(role), DEFAULT_TEST_PASSWORD);
  return page;
}

const figure = (page: Page, code: string, period: string) => page.getByRole('group', { name: new RegExp(code) }).getByLabel(period, { exact: true });

async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /已于 .+ 保存/ })).toBeVisible();
}

async function checkAndSubmit(page: Page, revision: number) {
  await page.getByRole('button', { name: '检查并提交…' }).click();
  await page.getByRole('button', { name: `确认提交第${revision}版` }).click();
  await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible();
}

test('a work report goes from draft to accepted, and both reports show side by side', async ({ browser }) => {
  test.setTimeout(180_000);
  const official = await as(browser, 'zhaoqing');
  let reportUrl = '';

  await test.step('the Zhaoqing official opens and fills the work report; input survives a reload', async () => {
    await official.goto(`/assessments/${assessmentId}/reports`);
    await official.getByRole('button', { name: '填写本地区工作汇报' }).click();
    await official.waitForURL(/\/reports\/[^/]+$/);
    reportUrl = official.url();
    await figure(official, 'PR-01', '累计').fill('83,000');
    await figure(official, 'PR-01', '本年度').fill('90000');
    await official.getByRole('group', { name: /PR-01/ }).getByLabel('数据来源').fill('全国扶贫开发信息系统');
    await figure(official, 'FM-01', '累计').fill('17.9');
    // Received from Zhongshan, per helped county (Zhongshan is paired with four Zhaoqing counties).
    const huaiji = official.getByRole('group', { name: '中山市 → 怀集县' });
    await expect(official.getByRole('heading', { name: '接受对口帮扶情况' })).toBeVisible();
    await expect(official.getByRole('group', { name: /^中山市 → / })).toHaveCount(4);
    await huaiji.getByLabel('帮扶资金（万元）').fill('-1');
    await expect(huaiji.getByText('不能为负数。')).toBeVisible();
    await huaiji.getByLabel('帮扶资金（万元）').fill('16,800');
    await huaiji.getByLabel('派驻干部（人）').fill('75');
    await official.getByRole('group', { name: '中山市 → 封开县' }).getByLabel('帮扶资金（万元）').fill('14000');
    await waitSaved(official);

    await official.getByLabel('主要工作及成效').fill('发展特色产业，推进省定贫困村建设。');
    await official.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('draft:')));
    await official.reload();
    await official.getByRole('button', { name: '恢复未保存的内容' }).click();
    await expect(official.getByLabel('主要工作及成效')).toHaveValue('发展特色产业，推进省定贫困村建设。');
    await expect(figure(official, 'PR-01', '累计')).toHaveValue('83,000');

    await figure(official, 'PR-01', '累计').fill('1.5');
    await expect(official.getByText('请输入整数。')).toBeVisible();
    await figure(official, 'PR-01', '累计').fill('83000');
    await official.getByLabel('主要措施').fill('落实“两不愁三保障”政策。');
    await official.getByLabel('存在问题').fill('部分贫困户增收基础薄弱。');
    await official.getByLabel('下一年度工作计划').fill('2019年全部达到脱贫标准。');
    await waitSaved(official);
  });

  await test.step('attaches a photo, which is stored without its location and under a clean name', async () => {
    const photo = Buffer.from(jpegWithExif({ latitude: 23.44, longitude: 111.51, takenAt: '2019:02:18 10:30:00' }));
    await official.getByLabel('选择文件', { exact: true }).setInputFiles({ name: '产业基地\u202Egpj.exe', mimeType: 'image/jpeg', buffer: photo });
    await official.getByRole('button', { name: '上传', exact: true }).click();
    const link = official.getByRole('link', { name: '产业基地gpj.exe.jpg' });
    await expect(link).toBeVisible();
    const served = await official.request.get((await link.getAttribute('href'))!);
    expect(served.status()).toBe(200);
    expect(await exifr.gps(await served.body())).toBeUndefined();
  });

  await test.step('checks the figures, sees the rule warning and submits revision 1', async () => {
    await official.getByRole('button', { name: '检查并提交…' }).click();
    await expect(official.getByText('本年度脱贫人数不超过累计脱贫人数')).toBeVisible();
    // The outcome is announced and takes focus.
    const outcome = official.getByText(/^检查完成：必填内容已填齐；有 \d+ 条校验提示。$/);
    await expect(outcome).toBeFocused();
    await expect(official.locator('[aria-live="polite"]').filter({ has: outcome })).toHaveCount(1);
    await official.getByRole('button', { name: '确认提交第1版' }).click();
    await expect(official.getByText('已提交', { exact: true }).first()).toBeVisible();
    await expect(official.getByText('提交时的数据校验提示')).toBeVisible();
  });

  const leader = await as(browser, 'leader');
  await test.step('the leader returns it with a comment', async () => {
    await leader.goto(reportUrl);
    await leader.getByLabel('退回意见').fill('本年度脱贫人数大于累计人数，请核实后重新提交。');
    await leader.getByRole('button', { name: '退回修改' }).click();
    await expect(leader.getByText('已退回', { exact: true }).first()).toBeVisible();
    await expectFocusKept(leader);
  });

  await test.step('the official answers, fixes, resubmits and sees the difference', async () => {
    await official.reload();
    await expect(official.getByText('本年度脱贫人数大于累计人数，请核实后重新提交。')).toBeVisible();
    await official.getByRole('button', { name: '回复' }).click();
    await official.getByLabel('回复内容').fill('已核实，本年度为14000人。');
    await official.getByRole('button', { name: '发送回复' }).click();
    await expect(official.getByText('已核实，本年度为14000人。')).toBeVisible();

    await figure(official, 'PR-01', '本年度').fill('14000');
    await waitSaved(official);
    await official.getByRole('button', { name: '检查并提交…' }).click();
    await expect(official.getByText('数据校验规则全部通过。')).toBeVisible();
    await official.getByRole('button', { name: '确认提交第2版' }).click();
    await expect(official.getByText('已提交', { exact: true }).first()).toBeVisible();

    await official.getByRole('link', { name: '查看版本差异' }).click();
    const row = official.getByRole('row', { name: /PR-01 脱贫人数（本年度）/ });
    await expect(row).toContainText('90,000');
    await expect(row).toContainText('14,000');
  });

  await test.step('the leader accepts it', async () => {
    await leader.reload();
    await leader.getByRole('button', { name: '采纳汇报' }).click();
    await leader.getByRole('button', { name: '确认采纳' }).click();
    await expect(leader.getByText('已采纳', { exact: true }).first()).toBeVisible();
    await expectFocusKept(leader);
    await expect(leader.getByRole('button', { name: '退回修改' })).toHaveCount(0);
  });

  await test.step('a Zhongshan official submits the paired-assistance report', async () => {
    const zhongshan = await as(browser, 'zhongshan');
    await zhongshan.goto(`/assessments/${assessmentId}/reports`);
    await zhongshan.getByRole('button', { name: '填写对口帮扶汇报' }).click();
    await zhongshan.waitForURL(/\/reports\/[^/]+$/);
    await zhongshan.getByRole('checkbox', { name: /封开县/ }).check();
    await zhongshan.getByRole('checkbox', { name: /怀集县/ }).check();
    await zhongshan.getByLabel('驻县工作组（个）', { exact: true }).fill('3');
    await zhongshan.getByLabel('驻村工作队（个）', { exact: true }).fill('93');
    await zhongshan.getByLabel('派驻干部人数（人）', { exact: true }).fill('247');
    // Per county of the helped scope: only the two counties picked are asked for.
    await expect(zhongshan.getByRole('heading', { name: '分县帮扶情况' })).toBeVisible();
    await expect(zhongshan.getByLabel(/^德庆县：/)).toHaveCount(0);
    await zhongshan.getByLabel('怀集县：帮扶资金（万元）').fill('17500');
    await zhongshan.getByLabel('怀集县：派驻干部（人）').fill('75');
    await zhongshan.getByLabel('封开县：帮扶资金（万元）').fill('14000');
    await zhongshan.getByLabel('脱贫率（%）').fill('86');
    await figure(zhongshan, 'PR-01', '累计').fill('12629');
    await zhongshan.getByLabel('主要工作及成效').fill('派驻县组和驻村工作队开展帮扶。');
    await zhongshan.getByLabel('保障情况说明').fill('基本医疗和子女教育保障全覆盖。');
    await zhongshan.getByLabel('存在问题').fill('部分项目进度偏慢。');
    await zhongshan.getByLabel('下一年度工作计划').fill('巩固脱贫成果。');
    await waitSaved(zhongshan);
    await checkAndSubmit(zhongshan, 1);
  });

  await test.step('an assessor sees both reports side by side', async () => {
    const assessor = await as(browser, 'assessor');
    await assessor.goto(`/assessments/${assessmentId}/reports`);
    const work = assessor.getByRole('region', { name: /肇庆市2018年度脱贫攻坚工作汇报/ });
    const paired = assessor.getByRole('region', { name: /中山市对口帮扶肇庆市工作汇报/ });
    await expect(work.getByText('已采纳')).toBeVisible();
    await expect(work.getByRole('row', { name: /PR-01/ })).toContainText('14,000');
    await expect(paired.getByText('已提交')).toBeVisible();
    await expect(paired.getByText('封开县').first()).toBeVisible();
    await expect(paired.getByText('247 人')).toBeVisible();
    await expect(paired.getByRole('row', { name: /怀集县/ })).toContainText('17,500');
    await expect(work.getByRole('row', { name: /中山市 → 怀集县/ })).toContainText('16,800');
  });

  await test.step('the group sees the cross-check: Huaiji’s funds differ beyond the tolerance, the rest match', async () => {
    const assessor = await as(browser, 'assessor');
    await assessor.goto(`/assessments/${assessmentId}/reports`);
    await expect(assessor.getByRole('heading', { name: '对口帮扶交叉核对：帮扶方与受帮扶方' })).toBeVisible();
    const table = assessor.getByTestId('paired-cross-check');
    const fundsRow = (county: string) => table.getByRole('row', { name: new RegExp(`中山市 → ${county}.*帮扶资金`) });
    await expect(fundsRow('怀集县')).toContainText('700');
    await expect(fundsRow('怀集县')).toContainText('不一致');
    await expect(fundsRow('封开县')).not.toContainText('不一致');
    await expect(fundsRow('封开县')).toContainText('一致');
    await expect(table.getByRole('row', { name: /中山市 → 怀集县.*派驻干部/ })).not.toContainText('不一致');
    await expect(assessor.getByText('1 项超出容差')).toBeVisible();

    // Officials see each side's report, not the comparison.
    await official.goto(`/assessments/${assessmentId}/reports`);
    await expect(official.getByRole('heading', { name: /交叉核对/ })).toHaveCount(0);
  });
});

test('an official of another region gets not-found for a Zhaoqing report', async ({ page }) => {
  await signIn(page, 'fengkai');
  const db = createDb(getDatabaseUrl());
  try {
    const report = await db.workReport.findFirstOrThrow({ where: { kind: 'WORK', reportingRegion: { code: '441200' }, status: 'ACCEPTED' }, select: { id: true } });
    const response = await page.goto(`/reports/${report.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  } finally {
    await db.$disconnect();
  }
});
