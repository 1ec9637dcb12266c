// The notification centre with more than a page, used from the keyboard: an official of a county of
// this spec's own under Zhaoqing (so that the sweep's reminders about demo items reach somebody else),
// who sets an address on the account page, has 35 notifications about this spec's own finding; the first page shows 30, "older notifications" the other 5, and "mark all read" on the
// second page clears the bell. Focus never drops to the page body.
import { expect, test } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { createFinding } from '@/seeds/factories/findings';
import { createRegion } from '@/seeds/factories/regions';
import { createUser, DEFAULT_TEST_PASSWORD } from '@/seeds/factories/users';
import { expectFocusKept } from './support/focus';
import { signIn } from './support/auth';

const SUFFIX = Date.now().toString(36);
const TITLE = `E2E 通知分页 ${SUFFIX}`;
const USERNAME = `e2e-notes-${SUFFIX}`;
let findingId: string;
let userId: string;
let countyId: string;

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    const assessment = await db.assessment.findFirstOrThrow({ where: { targetRegion: { code: '441200' }, group: { number: 6 } }, select: { id: true } });
    const assessor = await db.user.findUniqueOrThrow({ where: { username: 'assessor6' }, select: { id: true } });
    const zhaoqing = await db.region.findUniqueOrThrow({ where: { code: '441200' }, select: { id: true, code: true, path: true, name: true, level: true } });
    const county = await createRegion(db, { name: `分页测试县 ${SUFFIX}`, level: 'COUNTY', parent: zhaoqing });
    countyId = county.id;
    findingId = (await createFinding(db, { assessmentId: assessment.id, regionId: county.id, createdById: assessor.id, title: TITLE, status: 'ISSUED' })).id;
    userId = (await createUser(db, { username: USERNAME, displayName: '分页测试干部', homeRegionId: county.id, roles: [{ role: 'OFFICIAL', regionId: county.id }] })).id;
    const now = Date.now();
    await db.notification.createMany({
      data: Array.from({ length: 35 }, (_, i) => ({
        recipientId: userId,
        kind: 'FINDING_ISSUED' as const,
        recordType: 'Finding',
        recordId: findingId,
        data: { title: `${TITLE} #${i + 1}`, regionName: county.name },
        createdAt: new Date(now - i * 60_000),
      })),
    });
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = createDb(getDatabaseUrl());
  try {
    await db.notification.deleteMany({ where: { recordId: findingId } });
    await db.finding.delete({ where: { id: findingId } });
    // The account keeps its audit events (which refer to it), so it is switched off rather than deleted.
    await db.user.update({ where: { id: userId }, data: { isActive: false, homeRegionId: null } });
    await db.roleAssignment.deleteMany({ where: { userId } });
    await db.region.delete({ where: { id: countyId } });
  } finally {
    await db.$disconnect();
  }
});

test('the official sets a notification address on the account page; a wrong one is refused', async ({ page }) => {
  await signIn(page, USERNAME, DEFAULT_TEST_PASSWORD);
  await page.goto('/account');
  const field = page.getByLabel('电子邮箱');
  await field.fill('not-an-address');
  await page.getByRole('button', { name: '保存邮箱' }).click();
  await expect(page.getByText('请填写有效的电子邮箱地址')).toBeVisible();
  await field.fill('notes@example.org');
  await page.getByRole('button', { name: '保存邮箱' }).click();
  await expect(page.getByText('通知邮箱已保存。')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('电子邮箱')).toHaveValue('notes@example.org');
});

test('35 notifications page as 30 and 5, by keyboard; mark all read on the second page clears the bell', async ({ page }) => {
  await signIn(page, USERNAME, DEFAULT_TEST_PASSWORD);
  await page.goto('/notifications');
  const items = page.getByRole('list', { name: '通知列表' }).getByRole('listitem');
  await expect(items).toHaveCount(30);
  await expect(items.first()).toContainText(`${TITLE} #1」`);

  await page.getByRole('link', { name: '更早的通知' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/notifications\?cursor=/);
  await expect(items).toHaveCount(5);
  await expect(items.last()).toContainText(`${TITLE} #35」`);
  await expect(page.getByRole('link', { name: '更早的通知' })).toHaveCount(0);

  await page.getByRole('button', { name: '全部标为已读' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('link', { name: '通知：没有未读' })).toBeVisible();
  await expectFocusKept(page);
  await page.getByRole('link', { name: '回到最新' }).click();
  await expect(items).toHaveCount(30);
  await expect(items.filter({ hasText: '未读' })).toHaveCount(0);
});
