// Event notifications reach the people who must act and only them; a person sees only their own
// notifications, and only about records they may open; marking read is one's own and audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { decideAppealAction, issueFindingAction } from '@/modules/findings/actions';
import { appealResponse } from '@/modules/findings/route-handlers';
import { multipartRequest, pdfFile } from '@/modules/findings/test-support';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/modules/notifications/actions';
import { countUnreadNotifications, findNotifications, NOTIFICATION_PAGE_SIZE } from '@/modules/notifications/queries';
import { createNotificationWorld, makeWorldFinding, recipientsOf } from '@/modules/notifications/test-world';
import { submitPlanAction } from '@/modules/rectifications/actions';
import { returnReportAction } from '@/modules/reports/actions';
import { computeResultsAction, submitResultsAction } from '@/modules/results/actions';
import { makeResultsWorld } from '@/modules/results/workflow-test-support';
import type { ReportWorld } from '@/modules/reports/test-world';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createWorkReport } from '@/seeds/factories/reports';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
let world: ReportWorld;
beforeAll(async () => {
  demo = await loadDemo();
  world = await createNotificationWorld(demo);
});

const sorted = (...users: { id: string }[]) => users.map((u) => u.id).sort();
const DAY = 24 * 3600 * 1000;
const inTenDays = () => new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);

describe('event notifications', () => {
  it('a finding issued to a village reaches the officials of its county and city, and nobody else', async () => {
    const finding = await makeWorldFinding(world, 'CONFIRMED');
    signInAs(world.users.leader);
    expect(await issueFindingAction({ id: finding.id, version: finding.version, appealWindowDays: 7 })).toMatchObject({ ok: true });
    // Not the partner or an unrelated city, not the group, not the leader who issued it.
    expect(await recipientsOf(finding.id, 'FINDING_ISSUED')).toEqual(sorted(world.users.countyOfficial, world.users.targetOfficial));
  });

  it('a plan submitted reaches the group (leader and assessor), not the officials or another group', async () => {
    const finding = await makeWorldFinding(world, 'ISSUED');
    signInAs(world.users.countyOfficial);
    const plan = { id: finding.id, version: finding.version, leadUnit: '县水务局', measures: '检测水质', personInCharge: '李四', deadline: inTenDays() };
    expect(await submitPlanAction(plan)).toMatchObject({ ok: true });
    expect(await recipientsOf(finding.id, 'PLAN_SUBMITTED')).toEqual(sorted(world.users.leader, world.users.assessor));
  });

  it('an appeal lodged reaches the leader; the decision reaches the officials', async () => {
    const finding = await makeWorldFinding(world, 'CONFIRMED');
    signInAs(world.users.leader);
    await issueFindingAction({ id: finding.id, version: finding.version, appealWindowDays: 7 });
    signInAs(world.users.countyOfficial);
    const response = await appealResponse(multipartRequest({ version: String(finding.version + 1), reason: '已整改到位', files: [pdfFile()] }), finding.id);
    expect(await response.json()).toMatchObject({ ok: true });
    expect(await recipientsOf(finding.id, 'APPEAL_LODGED')).toEqual(sorted(world.users.leader));
    signInAs(world.users.leader);
    expect(await decideAppealAction({ id: finding.id, version: finding.version + 2, decision: 'uphold', note: '维持' })).toMatchObject({ ok: true });
    expect(await recipientsOf(finding.id, 'APPEAL_DECIDED')).toEqual(sorted(world.users.countyOfficial, world.users.targetOfficial));
  });

  it('a report returned reaches the officials of the reporting county and above', async () => {
    const report = await createWorkReport(getDb(), { assessmentId: world.assessment.id, reportingRegionId: world.county.id, status: 'SUBMITTED', revision: 1 });
    signInAs(world.users.leader);
    expect(await returnReportAction({ reportId: report.id, version: report.version, comment: '请补充资金数据' })).toMatchObject({ ok: true });
    expect(await recipientsOf(report.id, 'REPORT_RETURNED')).toEqual(sorted(world.users.countyOfficial, world.users.targetOfficial));
  });

  it('results submitted reach the officials of the assessed city only (not its counties, not another city)', async () => {
    const results = await makeResultsWorld();
    signInAs(results.users.leader);
    expect(await computeResultsAction({ assessmentId: results.assessment.id })).toMatchObject({ ok: true });
    const result = await getDb().assessmentResult.findUniqueOrThrow({ where: { assessmentId: results.assessment.id } });
    expect(await submitResultsAction({ assessmentId: results.assessment.id, version: result.version })).toMatchObject({ ok: true });
    expect(await recipientsOf(result.id, 'RESULTS_SUBMITTED')).toEqual(sorted(results.users.official));
    expect((await findNotifications(getDb(), await actorOf(results.users.official))).items).toEqual(
      expect.arrayContaining([expect.objectContaining({ recordType: 'AssessmentResult', recordId: result.id })]),
    );
  });

  it('a refused step notifies nobody (the notification is part of the rolled-back transaction)', async () => {
    const finding = await makeWorldFinding(world, 'CONFIRMED');
    signInAs(world.users.leader);
    expect(await issueFindingAction({ id: finding.id, version: finding.version + 5, appealWindowDays: 7 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await recipientsOf(finding.id)).toEqual([]);
  });
});

describe('what a person sees', () => {
  it('only their own notifications, only about records they may open, and marks them read', async () => {
    const db = getDb();
    const visible = await makeWorldFinding(world, 'ISSUED');
    // A finding of another county: the county official may not open it, whatever the row says.
    const elsewhere = await makeWorldFinding(world, 'ISSUED');
    await db.finding.update({ where: { id: elsewhere.id }, data: { regionId: world.stranger.id } });
    const note = (recipientId: string, recordId: string) =>
      db.notification.create({ data: { recipientId, kind: 'FINDING_ISSUED', recordType: 'Finding', recordId, createdAt: new Date(), data: {} }, select: { id: true } });
    const mine = await note(world.users.countyOfficial.id, visible.id);
    await note(world.users.countyOfficial.id, elsewhere.id);
    const theirs = await note(world.users.targetOfficial.id, visible.id);

    const county = await actorOf(world.users.countyOfficial);
    const { items: listed } = await findNotifications(db, county);
    expect(listed.map((n) => n.recordId)).toContain(visible.id);
    expect(listed.map((n) => n.recordId)).not.toContain(elsewhere.id);
    expect(listed.map((n) => n.id)).not.toContain(theirs.id);
    const unread = await countUnreadNotifications(db, county);
    expect(unread).toBe(listed.filter((n) => n.readAt === null).length);

    signInAs(world.users.countyOfficial);
    expect(await markNotificationReadAction({ id: theirs.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await markNotificationReadAction({ id: mine.id })).toMatchObject({ ok: true });
    expect(await countUnreadNotifications(db, county)).toBe(unread - 1);
    expect(await db.auditEvent.count({ where: { action: 'notification.read', entityId: mine.id, actorId: county.userId } })).toBe(1);
    // "Mark all read" in a tab rendered before a notification arrived leaves that one unread.
    const seenAt = new Date();
    const arrivedAfter = await db.notification.create({
      data: { recipientId: world.users.countyOfficial.id, kind: 'FINDING_ISSUED', recordType: 'Finding', recordId: visible.id, createdAt: new Date(seenAt.getTime() + 1), data: {} },
      select: { id: true },
    });
    expect(await markAllNotificationsReadAction({ seenAt: seenAt.toISOString() })).toMatchObject({ ok: true });
    expect(await countUnreadNotifications(db, county)).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: arrivedAfter.id } })).readAt).toBeNull();
    expect(await markAllNotificationsReadAction({ seenAt: new Date(Date.now() + 60_000).toISOString() })).toMatchObject({ ok: true });
    expect(await countUnreadNotifications(db, county)).toBe(0);
    expect(await markAllNotificationsReadAction({ seenAt: 'yesterday' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    // Someone else's stays unread.
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });
});

describe('paging the list', () => {
  it('pages through more than a page, each shown once, newest first, skipping what one may not open; mark all read covers every page', async () => {
    const db = getDb();
    const person = await createUser(db, { displayName: '通知很多的干部', roles: [{ role: 'OFFICIAL', regionId: world.county.id }] });
    const visible = await makeWorldFinding(world, 'ISSUED');
    const hidden = await makeWorldFinding(world, 'ISSUED');
    await db.finding.update({ where: { id: hidden.id }, data: { regionId: world.stranger.id } });
    // 70 openable and 70 not, interleaved; some share an instant (ties are broken by id).
    const base = Date.now();
    const rows = Array.from({ length: 140 }, (_, i) => ({
      recipientId: person.id,
      kind: 'FINDING_ISSUED' as const,
      recordType: 'Finding',
      recordId: i % 2 === 0 ? visible.id : hidden.id,
      createdAt: new Date(base - Math.floor(i / 4) * 1000),
      data: { n: String(i) },
    }));
    await db.notification.createMany({ data: rows });
    const expected = (await db.notification.findMany({ where: { recipientId: person.id, recordId: visible.id }, select: { id: true, createdAt: true } }))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((n) => n.id);
    expect(expected).toHaveLength(70);

    const actor = await actorOf(person);
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof findNotifications>> = await findNotifications(db, actor, cursor);
      pages.push(page.items.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);
    expect(pages.map((p) => p.length)).toEqual([NOTIFICATION_PAGE_SIZE, NOTIFICATION_PAGE_SIZE, 70 - 2 * NOTIFICATION_PAGE_SIZE]);
    expect(pages.flat()).toEqual(expected);
    // A cursor that does not decode starts at the newest.
    expect((await findNotifications(db, actor, 'not-a-cursor')).items[0]!.id).toBe(expected[0]);

    expect(await countUnreadNotifications(db, actor)).toBe(70);
    signInAs(person);
    expect(await markAllNotificationsReadAction({ seenAt: new Date().toISOString() })).toMatchObject({ ok: true });
    expect(await db.notification.count({ where: { recipientId: person.id, readAt: null } })).toBe(0);
    const lastPage = await findNotifications(db, actor, (await findNotifications(db, actor, (await findNotifications(db, actor)).nextCursor)).nextCursor);
    expect(lastPage.items.every((n) => n.readAt !== null)).toBe(true);
  });
});
