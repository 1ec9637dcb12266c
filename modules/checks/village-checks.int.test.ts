import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { getCheck } from '@/modules/checks/queries';
import { auditCount, createCheckWorld, postCheck, type CheckWorld } from '@/modules/checks/test-support';
import { findVisitVillageChecks } from '@/modules/checks/village-queries';
import { findVillageSummary } from '@/modules/checks/village-summary';
import type { TCheckPayload } from '@/modules/checks/schema';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createGroup } from '@/seeds/factories/campaigns';
import { createUser } from '@/seeds/factories/users';
import { DEMO_VILLAGE_CHECKS, seedDemoVillageChecks } from '@/seeds/scenario-village-checks';
import { VILLAGE_TEMPLATE } from '@/seeds/scenario-checklists';

let demo: Demo;
let items: { id: string; code: string }[];
let templateId: string;
beforeAll(async () => {
  demo = await loadDemo();
  const template = await getDb().checklistTemplate.findUniqueOrThrow({ where: { code: VILLAGE_TEMPLATE.code }, select: { id: true, items: { select: { id: true, code: true } } } });
  templateId = template.id;
  items = template.items;
});

const itemId = (code: string) => items.find((i) => i.code === code)!.id;

/** A village check of the world's village: every item yes except those named (answered no). */
function villagePayload(world: CheckWorld, no: string[] = [], overrides: Partial<TCheckPayload> = {}): TCheckPayload {
  const answers = Object.fromEntries(VILLAGE_TEMPLATE.items.map((i) => [itemId(i.code), { valueBool: !no.includes(i.code), note: no.includes(i.code) ? '未达标' : null }]));
  return {
    submissionKey: randomUUID(),
    siteVisitId: world.visit.id,
    householdId: null,
    villageId: world.household.regionId,
    templateId,
    answers,
    startedAt: '2019-02-18T06:00:00.000Z',
    finishedAt: '2019-02-18T06:20:00.000Z',
    durationSeconds: 1200,
    position: { latitude: 23.59, longitude: 111.6, accuracy: 30 },
    ...overrides,
  };
}

const villageChecks = (siteVisitId: string) => getDb().householdCheck.count({ where: { siteVisitId, householdId: null } });

describe('submitting a village check', () => {
  it('records the village of the visit with its answers; the check page shows the verdict and the failed item', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    const { status, result } = await postCheck(villagePayload(world, ['BROADBAND']));
    expect(status).toBe(200);
    const stored = await getDb().householdCheck.findUniqueOrThrow({ where: { id: result.data!.id }, include: { answers: true } });
    expect(stored).toMatchObject({ householdId: null, regionId: world.household.regionId, templateId, durationSeconds: 1200, positionAccuracy: 30 });
    expect(stored.answers).toHaveLength(8);
    const detail = await getCheck(getDb(), await actorOf(demo.users.assessor), stored.id);
    expect(detail?.village).toMatchObject({ verdict: { meetsExitConditions: false, failedItemCodes: ['BROADBAND'], unansweredItemCodes: [] } });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityType: 'HouseholdCheck', entityId: stored.id } });
    expect(event).toMatchObject({ action: 'check.submit', actorId: demo.users.assessor.id, data: { verdict: { meetsExitConditions: false, failedItemCodes: ['BROADBAND'] } } });
  });

  it('stores the verdict with the check, so a later edit of the template does not change it', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    const { result } = await postCheck(villagePayload(world, ['BROADBAND']));
    const id = result.data!.id;
    const stored = await getDb().householdCheck.findUniqueOrThrow({ where: { id }, select: { outcome: true } });
    expect(stored.outcome).toMatchObject({ meetsExitConditions: false, failedItemCodes: ['BROADBAND'], unansweredItemCodes: [] });
    // Inside a transaction that is rolled back (the template is the demo's, shared by other tests): after the
    // broadband item's expected answer is flipped, the answers alone would now fail every other item instead.
    const rollback = new Error('rollback');
    await expect(
      getDb().$transaction(async (tx) => {
        await tx.checklistItem.updateMany({ where: { templateId, code: { not: 'BROADBAND' } }, data: { expected: 'NO' } });
        const detail = await getCheck(tx, await actorOf(demo.users.assessor), id);
        expect(detail?.village?.verdict).toMatchObject({ meetsExitConditions: false, failedItemCodes: ['BROADBAND'] });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it('makes one check of a repeated submission key, and refuses a second check of the village with its name', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    const payload = villagePayload(world);
    const [first, again] = [await postCheck(payload), await postCheck(payload)];
    expect(again.result).toMatchObject({ ok: true, data: { id: first.result.data!.id, replayed: true } });
    const second = await postCheck(villagePayload(world, ['ROAD']));
    expect(second.status).toBe(409);
    expect(second.result).toMatchObject({ ok: false, code: 'CONFLICT' });
    const village = await getDb().region.findUniqueOrThrow({ where: { id: world.household.regionId }, select: { name: true } });
    expect((second.result as { message?: string }).message).toContain(village.name);
    expect(await villageChecks(world.visit.id)).toBe(1);
  });

  it('makes one check of two phones checking the same village at once', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    const results = await Promise.all([postCheck(villagePayload(world)), postCheck(villagePayload(world))]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await villageChecks(world.visit.id)).toBe(1);
  });

  it('refuses a village that is not one of the visit’s, a household checklist, and both a household and a village', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    const elsewhere = demo.regions.villages.find((v) => v.path.startsWith(demo.regions.counties.Huaiji!.path))!;
    expect((await postCheck(villagePayload(world, [], { villageId: elsewhere.id }))).result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect((await postCheck(villagePayload(world, [], { templateId: world.template.id }))).result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await postCheck(villagePayload(world, [], { householdId: world.household.id }))).status).toBe(422);
    expect(await villageChecks(world.visit.id)).toBe(0);
  });

  it('denies officials and answers NOT_FOUND to an assessor outside the group, writing nothing', async () => {
    const world = await createCheckWorld(demo);
    const stranger = await createUser(getDb(), { displayName: '第七组组员' });
    await createGroup(getDb(), { campaignId: demo.scenario.campaign.id, number: 7, assessorIds: [stranger.id] });
    const audits = await auditCount();
    for (const [user, status, code] of [[demo.users.fengkaiOfficial, 403, 'FORBIDDEN'], [demo.users.zhaoqingOfficial, 403, 'FORBIDDEN'], [stranger, 404, 'NOT_FOUND']] as const) {
      signInAs(user);
      const { status: got, result } = await postCheck(villagePayload(world));
      expect(got, user.id).toBe(status);
      expect(result, user.id).toMatchObject({ ok: false, code });
    }
    expect(await villageChecks(world.visit.id)).toBe(0);
    expect(await auditCount()).toBe(audits);
  });
});

describe('reading village checks', () => {
  it('lists the visit’s villages with their verdicts; officials of the county see them once the visit is done', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    await postCheck(villagePayload(world, ['COLLECTIVE-INCOME']));
    const group = await findVisitVillageChecks(getDb(), await actorOf(demo.users.assessor), world.visit.id);
    expect(group?.canCheck).toBe(true);
    expect(group?.villages.map((v) => [v.id, v.check?.verdict.failedItemCodes])).toEqual([[world.household.regionId, ['COLLECTIVE-INCOME']]]);
    const fengkai = await actorOf(demo.users.fengkaiOfficial);
    expect((await findVisitVillageChecks(getDb(), fengkai, world.visit.id))?.villages).toEqual([]);
    await getDb().siteVisit.update({ where: { id: world.visit.id }, data: { status: 'DONE' } });
    expect((await findVisitVillageChecks(getDb(), fengkai, world.visit.id))?.villages.map((v) => v.check?.verdict.meetsExitConditions)).toEqual([false]);
    expect(await findVisitVillageChecks(getDb(), await actorOf(demo.users.huaijiOfficial), world.visit.id)).toBeNull();
  });

  it('summarises the assessment by the latest check of each village, counting those that meet the conditions', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    // Finished after every other check of this village in the tests and the demo, so it is the latest.
    const late = { startedAt: '2030-01-01T00:00:00.000Z', finishedAt: '2030-01-01T00:30:00.000Z', durationSeconds: 1800 };
    const { result } = await postCheck(villagePayload(world, ['WATER', 'CLINIC'], late));
    const { assessment } = demo.scenario;
    const summary = await findVillageSummary(getDb(), { id: assessment.id, targetRegionId: demo.regions.zhaoqing.id });
    const mine = summary.villages.find((v) => v.villageId === world.household.regionId);
    expect(mine).toMatchObject({ checkId: result.data!.id, meetsExitConditions: false, failedItemCodes: ['WATER', 'CLINIC'], countyName: '封开县' });
    // Independent count: distinct villages with a check without household in the assessment's visits.
    const [count] = await getDb().$queryRaw<{ villages: bigint }[]>`
      SELECT count(DISTINCT c."regionId") AS villages FROM "HouseholdCheck" c JOIN "SiteVisit" v ON v.id = c."siteVisitId"
      WHERE c."householdId" IS NULL AND v."assessmentId" = ${assessment.id}`;
    expect(summary.checked).toBe(Number(count!.villages));
    expect(summary.meeting).toBe(summary.villages.filter((v) => v.failedItemCodes.length === 0 && (v.unansweredItemCodes ?? []).length === 0).length);
    expect(summary.reportedVillagesLiftedOut).toBeNull();
  });
});

describe('demo village checks', () => {
  it('checks the first villages of the Fengkai and Huaiji visits, one failing in each county, and seeds once', async () => {
    const keys = [...DEMO_VILLAGE_CHECKS.Fengkai, ...DEMO_VILLAGE_CHECKS.Huaiji].map((c) => c.submissionKey);
    const read = () =>
      getDb().householdCheck.findMany({ where: { submissionKey: { in: keys } }, orderBy: { submissionKey: 'asc' }, select: { id: true, submissionKey: true, householdId: true } });
    const checks = await read();
    expect(checks.length).toBeGreaterThanOrEqual(4);
    expect(checks.every((c) => c.householdId === null)).toBe(true);
    const leader = await actorOf(demo.users.leader);
    const failed = [];
    for (const c of checks) failed.push(...((await getCheck(getDb(), leader, c.id))?.village?.verdict.failedItemCodes ?? []));
    expect(failed.sort()).toEqual(['BROADBAND', 'COLLECTIVE-INCOME']);
    await seedDemoVillageChecks(getDb(), { assessmentId: demo.scenario.assessment.id, counties: demo.regions.counties, checkers: { Fengkai: demo.users.leader.id, Huaiji: demo.users.assessor.id } });
    expect(await read()).toEqual(checks);
  });
});
