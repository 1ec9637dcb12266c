// Deadline reminders and escalation end to end: the worker's sweep (every 2 s in this stage) reminds
// the Fengkai official of a rectification due tomorrow, shown in the bell and the notification centre;
// with the app's clock moved five days on (TEST_CLOCK_FILE), the item is four days overdue and the
// Zhaoqing official (the city above Fengkai) is told. The finding is this spec's own.
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDatabaseUrl, getEnv } from '@/lib/env';
import { localCalendarDate } from '@/lib/local-time';
import { createDb } from '@/lib/server/db';
import { createFinding, createRectification } from '@/seeds/factories/findings';
import { signIn } from './support/auth';

const DAY = 24 * 3600 * 1000;
const TITLE = `E2E 截止提醒 ${Date.now().toString(36)}`;
let findingId: string;

function moveClock(ms: number) {
  const file = getEnv().TEST_CLOCK_FILE;
  if (!file) throw new Error('TEST_CLOCK_FILE is not set: run through scripts/test.mjs');
  writeFileSync(file, String(ms));
}

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const assessment = await db.assessment.findFirstOrThrow({ where: { targetRegion: { code: '441200' }, group: { number: 6 } }, select: { id: true } });
    const assessor = await db.user.findUniqueOrThrow({ where: { username: 'assessor6' }, select: { id: true } });
    const fengkai = await db.region.findUniqueOrThrow({ where: { code: '441225' }, select: { id: true } });
    const finding = await createFinding(db, { assessmentId: assessment.id, regionId: fengkai.id, createdById: assessor.id, title: TITLE, status: 'PLAN_SUBMITTED' });
    findingId = finding.id;
    const due = new Date(localCalendarDate(new Date()).getTime() + DAY);
    await createRectification(db, { findingId, leadUnit: '封开县扶贫办', measures: '补齐台账', personInCharge: '麦家明', deadline: due.toISOString().slice(0, 10) });
    await db.finding.update({ where: { id: findingId }, data: { dueDate: due } });
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  moveClock(0);
  const db = createDb(getDatabaseUrl());
  try {
    await db.notification.deleteMany({ where: { recordId: findingId } });
    await db.finding.delete({ where: { id: findingId } });
  } finally {
    await db.$disconnect();
  }
});

/** Reloads the notification centre until a notification naming the finding and saying `what` is listed. */
async function expectNotification(page: Page, what: RegExp) {
  await expect(async () => {
    await page.goto('/notifications');
    await expect(page.getByRole('list', { name: '通知列表' }).getByRole('listitem').filter({ hasText: TITLE }).filter({ hasText: what })).toHaveCount(1);
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });
}

test('the Fengkai official sees the reminder in the bell and marks it read', async ({ page }) => {
  await signIn(page, 'fengkai');
  await expectNotification(page, /将于 .+ 到期，还剩 1 天/);
  const bell = page.getByRole('banner').getByRole('link', { name: /^通知：\d+ 条未读$/ });
  await expect(bell).toBeVisible();
  const unread = Number((await bell.getAttribute('aria-label'))!.match(/(\d+)/)![1]);

  const item = page.getByRole('listitem').filter({ hasText: TITLE });
  await expect(item.getByText('未读')).toBeVisible();
  await item.getByRole('button', { name: '标为已读' }).click();
  await expect(item.getByText('已读', { exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: unread > 1 ? `通知：${unread - 1} 条未读` : '通知：没有未读' })).toBeVisible();
  await expect(item.getByRole('link', { name: '查看' })).toHaveAttribute('href', `/findings/${findingId}`);
});

test('five days later the item is overdue and the Zhaoqing official is told', async ({ page }) => {
  moveClock(5 * DAY);
  await signIn(page, 'zhaoqing');
  await expectNotification(page, /已逾期 4 天/);
  await page.getByRole('listitem').filter({ hasText: TITLE }).getByRole('link', { name: '查看' }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
});
