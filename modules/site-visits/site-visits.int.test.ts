import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { cancelSiteVisitAction, changeSiteVisitStatusAction, pickHouseholdsAction, planSiteVisitAction, updateSiteVisitAction } from '@/modules/site-visits/actions';
import { findSiteVisitsInScope, getSiteVisit } from '@/modules/site-visits/queries';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createUser } from '@/seeds/factories/users';
import { seedSiteVisitSamples } from '@/seeds/scenario-site-visits';

let demo: Demo;
let huaijiOfficial: { id: string };
beforeAll(async () => {
  demo = await loadDemo();
  await getDb().$transaction((tx) => seedSiteVisitSamples(tx, demo.regions, demo.users, demo.scenario.assessment.id), { timeout: 60_000 });
  huaijiOfficial = await createUser(getDb(), { roles: [{ role: 'OFFICIAL', regionId: demo.regions.counties.Huaiji!.id }] });
});

const fengkai = () => demo.regions.counties.Fengkai!;
const plan = (over: Record<string, unknown> = {}) => ({
  assessmentId: demo.scenario.assessment.id,
  regionId: fengkai().id,
  visitDate: '2019-03-05',
  memberIds: [demo.users.leader.id, demo.users.assessor.id],
  notes: '复查',
  ...over,
});
const visitCount = () => getDb().siteVisit.count({ where: { assessmentId: demo.scenario.assessment.id } });

async function planAsLeader(date = '2019-03-05') {
  signInAs(demo.users.leader);
  const result = await planSiteVisitAction(plan({ visitDate: date }));
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

describe('planning a site visit', () => {
  it('is allowed for the leader and admins, with members and an audit event on the assessment', async () => {
    for (const user of [demo.users.leader, demo.users.admin]) {
      signInAs(user);
      const result = await planSiteVisitAction(plan());
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const stored = await getDb().siteVisit.findUniqueOrThrow({ where: { id: result.data.id }, include: { members: true } });
      expect(stored).toMatchObject({ status: 'PLANNED', regionId: fengkai().id, notes: '复查' });
      expect(stored.members.map((m) => m.userId).sort()).toEqual([demo.users.leader.id, demo.users.assessor.id].sort());
      const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: result.data.id } });
      expect(event).toMatchObject({ action: 'siteVisit.plan', assessmentId: demo.scenario.assessment.id, actorId: user.id });
    }
  });

  it('is refused to assessors and officials, writing nothing', async () => {
    for (const user of [demo.users.assessor, demo.users.fengkaiOfficial, demo.users.zhaoqingOfficial]) {
      signInAs(user);
      const before = await visitCount();
      expect(await planSiteVisitAction(plan())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await visitCount()).toBe(before);
    }
  });

  it('checks the county and the sub-team against the assessment', async () => {
    signInAs(demo.users.leader);
    expect(await planSiteVisitAction(plan({ regionId: demo.regions.zhongshan.id }))).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { regionId: ['请选择考核地区内的县（市、区）。'] } });
    expect(await planSiteVisitAction(plan({ memberIds: [demo.users.fengkaiOfficial.id] }))).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { memberIds: expect.any(Array) } });
  });
});

describe('editing and the lifecycle', () => {
  it('reports a stale edit as a conflict and keeps the first', async () => {
    const id = await planAsLeader();
    const base = { id, version: 1, visitDate: '2019-03-06', memberIds: [demo.users.leader.id] };
    expect(await updateSiteVisitAction({ ...base, notes: '甲' })).toEqual({ ok: true, data: { id, version: 2 } });
    expect(await updateSiteVisitAction({ ...base, notes: '乙' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const stored = await getDb().siteVisit.findUniqueOrThrow({ where: { id }, include: { members: true } });
    expect(stored.notes).toBe('甲');
    expect(stored.members.map((m) => m.userId)).toEqual([demo.users.leader.id]);
  });

  it('moves PLANNED → IN_PROGRESS → DONE only, and cancels only planned visits', async () => {
    const id = await planAsLeader();
    expect(await changeSiteVisitStatusAction({ id, version: 1, status: 'DONE' })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await changeSiteVisitStatusAction({ id, version: 1, status: 'IN_PROGRESS' })).toMatchObject({ ok: true });
    expect(await cancelSiteVisitAction({ id, version: 2 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await changeSiteVisitStatusAction({ id, version: 2, status: 'DONE' })).toMatchObject({ ok: true });
    const other = await planAsLeader();
    expect(await cancelSiteVisitAction({ id: other, version: 1 })).toMatchObject({ ok: true });
    expect(await getDb().siteVisit.count({ where: { id: other } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { entityId: other, action: 'siteVisit.cancel' } })).toBe(1);
  });
});

describe('what officials see', () => {
  it('shows a Fengkai official the planned visit but not its households until it is done', async () => {
    const id = await planAsLeader('2019-03-07');
    const village = demo.regions.villages.find((v) => v.path.startsWith(fengkai().path))!;
    const roster = await getDb().rosterImport.findFirstOrThrow({ where: { regionId: fengkai().id, publishedAt: { not: null } }, orderBy: { publishedAt: 'desc' } });
    const picks = await getDb().household.findMany({ where: { rosterImportId: roster.id, regionId: village.id }, take: 3, select: { id: true } });
    expect(await pickHouseholdsAction({ id, version: 1, villageId: village.id, householdIds: picks.map((h) => h.id) })).toMatchObject({ ok: true });

    const official = await actorOf(demo.users.fengkaiOfficial);
    const planned = await getSiteVisit(getDb(), official, id);
    expect(planned?.visit.region.name).toBe('封开县');
    expect(planned?.visit.members).toHaveLength(2);
    expect(planned).toMatchObject({ households: null, samples: null, groupSide: false, canManage: false });
    expect((await findSiteVisitsInScope(getDb(), official)).map((v) => v.id)).toContain(id);

    const leaderView = await getSiteVisit(getDb(), await actorOf(demo.users.leader), id);
    expect(leaderView?.households).toHaveLength(3);

    signInAs(demo.users.leader);
    await changeSiteVisitStatusAction({ id, version: 2, status: 'IN_PROGRESS' });
    expect((await getSiteVisit(getDb(), official, id))?.households).toBeNull();
    await changeSiteVisitStatusAction({ id, version: 3, status: 'DONE' });
    expect((await getSiteVisit(getDb(), official, id))?.households).toHaveLength(3);
  });

  it('gives a Huaiji official not-found for a Fengkai visit', async () => {
    const id = await planAsLeader('2019-03-08');
    const official = await actorOf(huaijiOfficial);
    expect(await getSiteVisit(getDb(), official, id)).toBeNull();
    expect((await findSiteVisitsInScope(getDb(), official)).every((v) => v.region.id === demo.regions.counties.Huaiji!.id)).toBe(true);
    signInAs(huaijiOfficial);
    expect(await changeSiteVisitStatusAction({ id, version: 1, status: 'IN_PROGRESS' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await getDb().siteVisit.findUniqueOrThrow({ where: { id } })).status).toBe('PLANNED');
  });
});
