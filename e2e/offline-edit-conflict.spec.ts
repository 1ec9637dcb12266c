// Two people, one finding: assessor6 takes a visit's draft finding offline and edits its title on the phone;
// meanwhile someone changes the same finding on the server. Back online, the edit is not written over the
// other one: the outbox shows the conflict with both values, and "keep mine" sends the edit again on the
// server's new version.
import { expect, test, type BrowserContextOptions } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { createOwnVisit, prepareVisitOffline, removeOwnVisit, type OwnVisit } from './support/own-visit';

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 } };
const STAMP = Date.now();
const TITLES = { original: `待核实的问题 ${STAMP}`, mine: `现场改过的问题 ${STAMP}`, theirs: `组长改过的问题 ${STAMP}` };

let own: OwnVisit;
let findingId = '';

test.beforeAll(async () => {
  own = await createOwnVisit('IN_PROGRESS', 'conflict', 2025);
  const db = createDb(getDatabaseUrl());
  try {
    const visit = await db.siteVisit.findUniqueOrThrow({ where: { id: own.visitId }, select: { assessmentId: true } });
    const assessor = await db.user.findUniqueOrThrow({ where: { username: 'assessor6' }, select: { id: true } });
    const finding = await db.finding.create({
      data: {
        assessmentId: visit.assessmentId,
        siteVisitId: own.visitId,
        regionId: own.villageId,
        category: 'POVERTY_REDUCTION',
        severity: 'GENERAL',
        title: TITLES.original,
        description: '入户核查时发现。',
        createdById: assessor.id,
      },
      select: { id: true },
    });
    findingId = finding.id;
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  await removeOwnVisit(own);
});

test('an offline edit that meets a newer version is shown as a conflict, and "keep mine" sends it on that version', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext(PHONE)).newPage();
  // On the phone, without a network: the title changes.
  await prepareVisitOffline(page, own.visitId, 1);
  await page.getByRole('link', { name: `修改问题“${TITLES.original}”` }).click();
  const title = page.getByLabel('问题标题');
  await expect(title).toHaveValue(TITLES.original);
  await title.fill(TITLES.mine);
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText('修改已保存在本设备的发送箱中，有网络时自动提交。')).toBeVisible();

  // Meanwhile on the server, someone else changes the same field.
  const db = createDb(getDatabaseUrl());
  try {
    await db.finding.update({ where: { id: findingId }, data: { title: TITLES.theirs, version: { increment: 1 } } });

    await page.context().setOffline(false);
    await page.goto(`/site-visits/${own.visitId}`);
    const outbox = page.getByRole('region', { name: '发送箱（本设备）' }).first();
    const conflict = outbox.getByRole('group', { name: '修改冲突' });
    await expect(conflict).toBeVisible({ timeout: 60_000 });
    await expect(outbox.getByRole('status')).toHaveText('1 份记录需要您处理，没有其他待提交的记录。');
    await expect(conflict.getByText(`服务器上：${TITLES.theirs}`)).toBeVisible();
    await expect(conflict.getByText(`您的修改：${TITLES.mine}`)).toBeVisible();
    // Nothing was written over the other person's change while the conflict waits.
    expect(await db.finding.findUniqueOrThrow({ where: { id: findingId }, select: { title: true, version: true } })).toEqual({ title: TITLES.theirs, version: 2 });

    await conflict.getByRole('button', { name: '保留我的' }).click();
    await expect.poll(async () => (await db.finding.findUniqueOrThrow({ where: { id: findingId }, select: { title: true } })).title, { timeout: 30_000 }).toBe(TITLES.mine);
    expect((await db.finding.findUniqueOrThrow({ where: { id: findingId }, select: { version: true } })).version).toBe(3);
    await expect(conflict).toHaveCount(0);
    await expect(outbox.getByRole('status')).toHaveText(/^本设备上保存的 \d+ 份记录已全部提交。$/);
  } finally {
    await db.$disconnect();
  }
  await page.context().close();
});
