// Briefing meetings end to end: the leader of group 6 schedules a meeting for the Zhaoqing
// assessment and builds its agenda; an assessor drafts the minutes; a Zhaoqing official sees the
// meeting but not the draft until the leader publishes it; the notice prints the agenda.
// The meeting is a new one with a unique title, so the demo meeting stays as other specs expect it.
// The status workflow runs on an assessment of its own, made with the seed factories.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { getDb } from '@/lib/server/db';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createRegion } from '@/seeds/factories/regions';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createUser } from '@/seeds/factories/users';
import { DEMO_PASSWORD, signIn } from './support/auth';

test.afterAll(async () => {
  await getDb().$disconnect();
});

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

test('a meeting from scheduling to published minutes and a printed notice', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `肇庆市考核反馈会 ${Date.now()}`;
  const draft = `纪要草稿：反馈问题 ${Date.now()}`;
  let meetingUrl = '';

  const leader = await as(browser, 'leader6');
  await test.step('the leader schedules a feedback meeting from the assessment hub', async () => {
    await leader.goto('/assessments');
    await leader.getByRole('link', { name: /肇庆市/ }).first().click();
    await leader.getByRole('link', { name: '安排会议' }).click();
    await leader.getByLabel('会议类型').selectOption('FEEDBACK');
    await leader.getByLabel('时间', { exact: true }).fill('2019-02-19T15:00');
    await leader.getByLabel('会议名称').fill(title);
    await leader.getByLabel('地点').fill('市政府第一会议室');
    await leader.getByRole('button', { name: '安排会议' }).click();
    await expect(leader.getByRole('heading', { level: 1, name: title })).toBeVisible();
    meetingUrl = leader.url();
    expect(meetingUrl).toMatch(/\/meetings\/[^/]+$/);
  });

  await test.step('the leader builds the agenda and reorders it', async () => {
    const add = leader.locator('section', { has: leader.getByRole('heading', { name: '添加议程' }) });
    await add.getByLabel('议题', { exact: true }).fill('考核组反馈考核情况');
    await add.getByLabel('人员', { exact: true }).selectOption({ label: '吴海峰（汕尾市副市长）' });
    await add.getByLabel('时长（分钟）').fill('20');
    await add.getByRole('button', { name: '添加议程' }).click();
    const agenda = leader.getByRole('list', { name: '会议议程' });
    await expect(agenda.getByText('考核组反馈考核情况')).toBeVisible();

    await add.getByLabel('议题', { exact: true }).fill('肇庆市表态发言');
    await add.getByLabel('其他人员', { exact: true }).check();
    await add.getByLabel('姓名').fill('梁建国');
    await add.getByLabel('职务').fill('市委书记');
    await add.getByLabel('单位').fill('中共肇庆市委');
    await add.getByLabel('汇报地区').selectOption({ label: '肇庆市' });
    await add.getByLabel('时长（分钟）').fill('10');
    await add.getByRole('button', { name: '添加议程' }).click();
    await expect(agenda.getByRole('listitem')).toHaveCount(2);

    await leader.getByRole('button', { name: '上移议程：肇庆市表态发言' }).click();
    await expect(agenda.getByRole('listitem').first()).toContainText('肇庆市表态发言');
    await expect(agenda.getByRole('listitem').nth(1)).toContainText('考核组反馈考核情况');
    await expect(leader.getByText('合计约 30 分钟')).toBeVisible();
  });

  await test.step('an assessor saves draft minutes', async () => {
    const assessor = await as(browser, 'assessor6');
    await assessor.goto(meetingUrl);
    await assessor.getByLabel('纪要草稿（发布前仅考核组可见）').fill(draft);
    await assessor.getByRole('button', { name: '保存草稿' }).click();
    await expect(assessor.getByText('已保存。')).toBeVisible();
    await expect(assessor.getByRole('button', { name: '发布纪要' })).toHaveCount(0);
  });

  const official = await as(browser, 'zhaoqing');
  await test.step('a Zhaoqing official sees the meeting and agenda but not the draft', async () => {
    await official.goto(meetingUrl);
    await expect(official.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(official.getByRole('list', { name: '会议议程' }).getByText('肇庆市表态发言')).toBeVisible();
    await expect(official.getByText('会议纪要尚未发布')).toBeVisible();
    await expect(official.getByText(draft)).toHaveCount(0);
    await expect(official.getByRole('button', { name: '添加议程' })).toHaveCount(0);
    await expect(official.getByRole('button', { name: /上移/ })).toHaveCount(0);
  });

  await test.step('the leader publishes the minutes and the official reads them', async () => {
    await leader.reload();
    await leader.getByRole('button', { name: '发布纪要' }).click();
    await leader.getByRole('button', { name: '发布', exact: true }).click();
    await expect(leader.getByText('会议纪要已发布。')).toBeVisible();
    await official.reload();
    await expect(official.getByText(draft)).toBeVisible();
    await expect(official.getByText('会议纪要尚未发布')).toHaveCount(0);
  });

  await test.step('the notice lists the agenda with presenters and durations, ready for A4', async () => {
    await official.getByRole('link', { name: '会议通知' }).click();
    await expect(official.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const rows = official.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('肇庆市表态发言');
    await expect(rows.nth(1)).toContainText('梁建国');
    await expect(rows.nth(1)).toContainText('10 分钟');
    await expect(rows.nth(2)).toContainText('吴海峰');
    await expect(official.getByRole('button', { name: '打印' })).toBeVisible();
    await official.emulateMedia({ media: 'print' });
    await expect(official.getByRole('button', { name: '打印' })).toBeHidden();
    await expect(official.getByRole('link', { name: '考核对象' })).toBeHidden();
    await expect(official.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
});

/** A planned assessment of a new city, led by a new leader who signs in with the demo password. */
async function plannedAssessment() {
  const db = getDb();
  const suffix = uniqueSuffix();
  const guangdong = await db.region.findUniqueOrThrow({ where: { code: '440000' }, select: { id: true, code: true, path: true, name: true, level: true } });
  const city = await createRegion(db, { name: `测试市${suffix}`, level: 'CITY', parent: guangdong });
  const campaign = await createCampaign(db, { status: 'ACTIVE' });
  const leader = await createUser(db, { username: `leader-${suffix}`, displayName: `组长${suffix}`, password: DEMO_PASSWORD });
  const group = await createGroup(db, { campaignId: campaign.id, number: 1, name: '第一组', leaderId: leader.id });
  const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: city.id });
  return { leader, assessment, city };
}

test('the leader moves an assessment forward once its briefing is scheduled; an admin moves it back with a reason', async ({ browser }) => {
  test.setTimeout(90_000);
  const { leader, assessment, city } = await plannedAssessment();
  const page = await as(browser, leader.username);
  await page.goto(`/assessments/${assessment.id}`);
  const forward = page.getByRole('button', { name: '推进到“汇报阶段”' });
  await expect(forward).toBeDisabled();
  await expect(page.getByText('须先安排汇报会，才能进入汇报阶段。')).toBeVisible();

  await page.getByRole('link', { name: '安排会议' }).click();
  await page.getByLabel('时间', { exact: true }).fill('2019-02-18T09:00');
  await page.getByLabel('地点').fill('市委小礼堂');
  await page.getByRole('button', { name: '安排会议' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `省考核组第一组${city.name}考核汇报会` })).toBeVisible();
  await page.getByRole('link', { name: `返回考核对象：${city.name}` }).click();

  await forward.click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveText(/汇报阶段/);
  await expect(page.getByText('将考核由“计划中”推进到“汇报阶段”')).toBeVisible();
  await expect(page.getByText(`安排了会议“省考核组第一组${city.name}考核汇报会”`)).toBeVisible();
  await expect(page.getByRole('button', { name: /退回到/ })).toHaveCount(0);

  const admin = await as(browser, 'admin');
  await admin.goto(`/assessments/${assessment.id}`);
  await admin.getByLabel('退回到“计划中”的原因（考核办）').fill('汇报会时间调整');
  await admin.getByRole('button', { name: '退回到“计划中”' }).click();
  await expect(admin.getByText('将考核由“汇报阶段”退回到“计划中”，原因：汇报会时间调整')).toBeVisible();
  await expect(admin.locator('[aria-current="step"]')).toHaveText(/计划中/);
});
