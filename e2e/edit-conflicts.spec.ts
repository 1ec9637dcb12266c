// Two people (or two browsers of one person) edit the same record. A stale draft restored after
// a reload, or a save that meets a conflict, keeps the other side's saved fields and re-applies
// only what was changed here; a field both changed is shown with both values and a choice.
// The demo paired-assistance report (Zhongshan → Zhaoqing) is returned for the test and put back
// as it was afterwards; the finding, the meeting with its agenda item and the campaign with its
// validation rule are this spec's own.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { createCampaign, createIndicators } from '@/seeds/factories/campaigns';
import { createFinding } from '@/seeds/factories/findings';
import { createAgenda, createMeeting } from '@/seeds/factories/meetings';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';

const PAIRING_TITLE = '中山市对口帮扶肇庆市扶贫开发工作汇报';
const suffix = Date.now().toString(36);
let reportId: string;
let findingId: string;
let saved: { status: 'ACCEPTED'; acceptedAt: Date | null; narrative: Prisma.JsonValue };
let savedFigures: Prisma.PairedAssistanceFiguresGetPayload<object> | null;
let campaignId: string;
let ruleId: string;
let meetingId: string;
const RULE_CODE = `C-${suffix}`.toUpperCase().slice(0, 20);
const AGENDA_TITLE = `E2E 议程 ${suffix}`;

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const report = await db.workReport.findFirstOrThrow({ where: { title: PAIRING_TITLE }, select: { id: true, status: true, acceptedAt: true, narrative: true } });
    reportId = report.id;
    saved = { status: 'ACCEPTED', acceptedAt: report.acceptedAt, narrative: report.narrative };
    savedFigures = await db.pairedAssistanceFigures.findUnique({ where: { workReportId_revision: { workReportId: report.id, revision: 0 } } });
    await db.workReport.update({ where: { id: reportId }, data: { status: 'RETURNED', acceptedAt: null } });
    const assessment = await db.assessment.findFirstOrThrow({ where: { targetRegion: { code: '441200' }, group: { number: 6 } }, select: { id: true } });
    const assessor = await db.user.findUniqueOrThrow({ where: { username: 'assessor6' }, select: { id: true } });
    const fengkai = await db.region.findUniqueOrThrow({ where: { code: '441225' }, select: { id: true } });
    findingId = (await createFinding(db, { assessmentId: assessment.id, regionId: fengkai.id, createdById: assessor.id, title: `E2E 并发修改 ${suffix}`, description: '初稿描述' })).id;
    const campaign = await createCampaign(db, { name: `E2E 并发修改规则 ${suffix}`, year: 2021, status: 'ACTIVE' });
    campaignId = campaign.id;
    await createIndicators(db, campaign.id, INDICATORS_2018);
    ruleId = (
      await db.validationRule.create({
        data: { campaignId, code: RULE_CODE, description: '初始说明', left: 'PR-01.THIS_YEAR', operator: 'LTE', right: 'PR-01.CUMULATIVE', tolerance: 0, position: 0 },
        select: { id: true },
      })
    ).id;
    // A day of its own, so no other spec's meeting is matched.
    meetingId = (await createMeeting(db, { assessmentId: assessment.id, kind: 'FEEDBACK', title: `E2E 并发修改会议 ${suffix}`, startsAt: new Date(Date.UTC(2030, 0, 1, 2, Date.now() % 1440)) })).id;
    await createAgenda(db, meetingId, [{ title: AGENDA_TITLE, presenterName: '张三', durationMinutes: 20 }]);
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const { narrative, ...rest } = saved;
    await db.workReport.update({ where: { id: reportId }, data: { ...rest, narrative: narrative as Prisma.InputJsonValue } });
    await db.pairedAssistanceFigures.deleteMany({ where: { workReportId: reportId, revision: 0 } });
    if (savedFigures) await db.pairedAssistanceFigures.create({ data: savedFigures });
    await db.finding.deleteMany({ where: { id: findingId } });
    await db.meeting.deleteMany({ where: { id: meetingId } });
    await db.validationRule.deleteMany({ where: { id: ruleId } });
  } finally {
    await db.$disconnect();
  }
});

/** One browser (its own storage) signed in as `username`. */
async function browserOf(browser: Browser, username: string, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  // Signing in hashes a password: on a loaded machine the first one can take longer than 5 s.
  await signIn(page, username).catch(() => expect(page.getByRole('heading', { name: '工作台' })).toBeVisible({ timeout: 30_000 }));
  return { context, page };
}

// By role: the conflict list labels its items with the same field names.
const staff = (page: Page) => page.getByRole('textbox', { name: /^派驻干部人数/ });
const villageTeams = (page: Page) => page.getByRole('textbox', { name: /^驻村工作队/ });
const workDone = (page: Page) => page.getByRole('textbox', { name: '主要工作及成效' });

async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /已于 .+ 保存/ })).toBeVisible();
}

test('a stale draft restored after a reload keeps the other tab’s saved field', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await browserOf(browser, 'zhongshan');
  const b = await browserOf(browser, 'zhongshan');
  await a.page.goto(`/reports/${reportId}`);
  await b.page.goto(`/reports/${reportId}`);
  await expect(staff(b.page)).toHaveValue('247');

  await test.step('B types the narrative while its connection is down; A saves the staff figure', async () => {
    await b.context.setOffline(true);
    await workDone(b.page).fill('B 写的帮扶成效说明。');
    await expect(b.page.getByRole('status').filter({ hasText: '网络连接中断' })).toBeVisible();
    await staff(a.page).fill('250');
    await waitSaved(a.page);
  });

  await test.step('B reloads and restores: A’s figure stays, B’s narrative comes back, and it saves', async () => {
    await b.context.setOffline(false);
    await b.page.reload();
    await expect(staff(b.page)).toHaveValue('250');
    await b.page.getByRole('button', { name: '恢复未保存的内容' }).click();
    await expect(workDone(b.page)).toHaveValue('B 写的帮扶成效说明。');
    await expect(staff(b.page)).toHaveValue('250');
    await waitSaved(b.page);
  });

  await test.step('a save that meets a conflict merges at once; a field both changed waits for a choice', async () => {
    await a.page.reload();
    await expect(workDone(a.page)).toHaveValue('B 写的帮扶成效说明。');
    await expect(staff(a.page)).toHaveValue('250');
    // B is now stale: A saves two fields.
    await villageTeams(a.page).fill('95');
    await staff(a.page).fill('251');
    await waitSaved(a.page);
    // B changes the staff figure too, differently, and a field A did not touch.
    await workDone(b.page).fill('B 第二次修改。');
    await staff(b.page).fill('260');
    const choices = b.page.getByRole('region', { name: /您和他人都修改过/ });
    await expect(choices).toBeVisible();
    await expect(choices.getByRole('group', { name: /派驻干部人数/ })).toContainText('251');
    await expect(choices.getByRole('group', { name: /派驻干部人数/ })).toContainText('260');
    await expect(villageTeams(b.page)).toHaveValue('95');
    await expect(staff(b.page)).toHaveValue('251');
    await choices.getByRole('button', { name: '保留我的' }).click();
    await expect(staff(b.page)).toHaveValue('260');
    await waitSaved(b.page);
  });

  await a.page.reload();
  await expect(staff(a.page)).toHaveValue('260');
  await expect(villageTeams(a.page)).toHaveValue('95');
  await expect(workDone(a.page)).toHaveValue('B 第二次修改。');
});

test('a finding edited in two tabs keeps the stale tab’s text across the reload and offers the choice', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await browserOf(browser, 'assessor6');
  // B is on a phone: the choice must be readable at 360 px.
  const b = await browserOf(browser, 'assessor6', { width: 360, height: 780 });
  for (const { page } of [a, b]) {
    await page.goto(`/findings/${findingId}`);
    await page.getByRole('button', { name: '修改问题' }).click();
  }
  const title = (page: Page) => page.getByRole('textbox', { name: '问题标题' });
  const description = (page: Page) => page.getByRole('textbox', { name: '问题描述' });
  const save = (page: Page) => page.getByRole('button', { name: '保存修改' }).click();

  await test.step('A saves a new title; B, stale, saves a new description and meets the conflict', async () => {
    await title(a.page).fill(`E2E 并发修改 ${suffix}（A 改）`);
    await save(a.page);
    await expect(a.page.getByRole('button', { name: '修改问题' })).toBeVisible();
    await description(b.page).fill('B 写的描述');
    await save(b.page);
    await expect(b.page.getByText('他人在此期间保存了修改')).toBeVisible();
    await expect(title(b.page)).toHaveValue(`E2E 并发修改 ${suffix}（A 改）`);
    await expect(description(b.page)).toHaveValue('B 写的描述');
  });

  await test.step('B reloads as the message advised: its text is offered back and restored', async () => {
    await b.page.reload();
    await b.page.getByRole('button', { name: '恢复未保存的内容' }).click();
    await expect(description(b.page)).toHaveValue('B 写的描述');
    await expect(title(b.page)).toHaveValue(`E2E 并发修改 ${suffix}（A 改）`);
  });

  await test.step('A changes the description too: B’s save shows both values and B keeps its own', async () => {
    await a.page.getByRole('button', { name: '修改问题' }).click();
    await description(a.page).fill('A 写的描述');
    await save(a.page);
    await expect(a.page.getByRole('button', { name: '修改问题' })).toBeVisible();
    await save(b.page);
    const choices = b.page.getByRole('region', { name: /您和他人都修改过/ });
    await expect(choices.getByRole('group', { name: '问题描述' })).toContainText('A 写的描述');
    await expect(choices.getByRole('group', { name: '问题描述' })).toContainText('B 写的描述');
    await expect(b.page.getByRole('button', { name: '保存修改' })).toBeDisabled();
    const sideways = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await choices.getByRole('button', { name: '保留我的' }).focus();
    await b.page.keyboard.press('Enter');
    await expect(description(b.page)).toHaveValue('B 写的描述');
    await save(b.page);
    await expect(b.page.getByRole('button', { name: '修改问题' })).toBeVisible();
  });

  await a.page.reload();
  await expect(a.page.getByText('B 写的描述', { exact: true })).toBeVisible();
  await expect(a.page.getByRole('heading', { name: `E2E 并发修改 ${suffix}（A 改）` })).toBeVisible();
});

test('a validation rule edited in two browsers keeps both sides’ fields, and a field both changed waits for a choice', async ({ browser }) => {
  // Two browsers, four page loads and six saves: on a loaded machine this takes over two minutes.
  test.setTimeout(240_000);
  const a = await browserOf(browser, 'admin');
  const b = await browserOf(browser, 'admin');
  const form = (page: Page) => page.getByRole('form', { name: `修改规则 ${RULE_CODE}` });
  const description = (page: Page) => form(page).getByRole('textbox', { name: '说明', exact: true });
  const tolerance = (page: Page) => form(page).getByRole('spinbutton', { name: '容差' });
  const save = (page: Page) => form(page).getByRole('button', { name: '保存', exact: true }).click();
  const openBoth = async () => {
    for (const { page } of [a, b]) {
      await page.goto(`/campaigns/${campaignId}/rules`);
      await page.getByRole('button', { name: `修改规则 ${RULE_CODE}` }).click();
      await expect(description(page)).toBeVisible();
    }
  };
  const savedNotice = (page: Page) => expect(page.getByText(`已保存规则 ${RULE_CODE}。`)).toBeVisible();

  await test.step('A saves the description; B, stale, saves the tolerance: both are kept', async () => {
    await openBoth();
    await description(a.page).fill('A 改的说明');
    await save(a.page);
    await savedNotice(a.page);
    await tolerance(b.page).fill('5');
    await save(b.page);
    await expect(b.page.getByText('他人在此期间保存了修改')).toBeVisible();
    await expect(description(b.page)).toHaveValue('A 改的说明');
    await expect(tolerance(b.page)).toHaveValue('5');
    await save(b.page);
    await savedNotice(b.page);
  });

  await test.step('both change the description: B sees both values and keeps its own', async () => {
    await openBoth();
    await description(a.page).fill('A 第二次的说明');
    await save(a.page);
    await savedNotice(a.page);
    await description(b.page).fill('B 的说明');
    await save(b.page);
    const choices = b.page.getByRole('region', { name: /您和他人都修改过/ });
    await expect(choices.getByRole('group', { name: '说明' })).toContainText('A 第二次的说明');
    await expect(choices.getByRole('group', { name: '说明' })).toContainText('B 的说明');
    await expect(form(b.page).getByRole('button', { name: '保存', exact: true })).toBeDisabled();
    await choices.getByRole('button', { name: '保留我的' }).click();
    await expect(description(b.page)).toHaveValue('B 的说明');
    await save(b.page);
    await savedNotice(b.page);
  });

  const db = createDb(getDatabaseUrl());
  try {
    const rule = await db.validationRule.findUniqueOrThrow({ where: { id: ruleId }, select: { description: true, tolerance: true } });
    // The tolerance is a decimal column: compared as a number.
    expect({ description: rule.description, tolerance: Number(rule.tolerance) }).toEqual({ description: 'B 的说明', tolerance: 5 });
  } finally {
    await db.$disconnect();
  }
});

test('an agenda item edited in two browsers keeps both sides’ fields, and a field both changed waits for a choice', async ({ browser }) => {
  // Two browsers, four page loads and six saves: on a loaded machine this takes over two minutes.
  test.setTimeout(240_000);
  const a = await browserOf(browser, 'leader6');
  // B is on a phone: the choice must be readable at 390 px.
  const b = await browserOf(browser, 'leader6', { width: 390, height: 800 });
  // The edit form is the one whose button says "save" (the add form below says "add").
  const form = (page: Page) => page.locator('form').filter({ has: page.getByRole('button', { name: '保存', exact: true }) });
  const title = (page: Page) => form(page).getByRole('textbox', { name: '议题' });
  const duration = (page: Page) => form(page).getByRole('spinbutton', { name: '时长（分钟）' });
  const save = (page: Page) => form(page).getByRole('button', { name: '保存', exact: true }).click();
  // While a save is under way its button reads "正在保存…" and `form` matches nothing already: the
  // save is done when that button is gone too, and the item shows the saved duration.
  const saved = async (page: Page, shown: string) => {
    await save(page);
    await expect(form(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: '正在保存…' })).toHaveCount(0);
    await expect(page.getByText(shown).first()).toBeVisible();
  };
  const openBoth = async (itemTitle: string) => {
    for (const { page } of [a, b]) {
      await page.goto(`/meetings/${meetingId}`);
      await page.getByRole('button', { name: `编辑议程：${itemTitle}` }).click();
      await expect(title(page)).toHaveValue(itemTitle);
    }
  };

  await test.step('A saves the duration; B, stale, saves the title: both are kept', async () => {
    await openBoth(AGENDA_TITLE);
    await duration(a.page).fill('30');
    await saved(a.page, '30 分钟');
    await title(b.page).fill(`${AGENDA_TITLE} B 改`);
    await save(b.page);
    await expect(b.page.getByText('他人在此期间保存了修改')).toBeVisible();
    await expect(duration(b.page)).toHaveValue('30');
    await expect(title(b.page)).toHaveValue(`${AGENDA_TITLE} B 改`);
    await saved(b.page, '30 分钟');
    await expect(b.page.getByText(`${AGENDA_TITLE} B 改`)).toBeVisible();
  });

  await test.step('both change the duration: B sees both values and keeps its own', async () => {
    await openBoth(`${AGENDA_TITLE} B 改`);
    await duration(a.page).fill('40');
    await saved(a.page, '40 分钟');
    await duration(b.page).fill('50');
    await save(b.page);
    const choices = b.page.getByRole('region', { name: /您和他人都修改过/ });
    await expect(choices.getByRole('group', { name: '时长（分钟）' })).toContainText('40');
    await expect(choices.getByRole('group', { name: '时长（分钟）' })).toContainText('50');
    const sideways = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await choices.getByRole('button', { name: '保留我的' }).click();
    await expect(duration(b.page)).toHaveValue('50');
    await saved(b.page, '50 分钟');
  });

  const db = createDb(getDatabaseUrl());
  try {
    expect(await db.agendaItem.findFirstOrThrow({ where: { meetingId }, select: { title: true, durationMinutes: true } })).toEqual({ title: `${AGENDA_TITLE} B 改`, durationMinutes: 50 });
  } finally {
    await db.$disconnect();
  }
});
