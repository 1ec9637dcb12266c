import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { createDrawAction, verifyDrawAction } from '@/modules/draws/actions';
import { ZDrawRecordInputs } from '@/modules/draws/schema';
import { createGeography, expectDenied, nonAdmins, type Geography } from '@/modules/groups/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';

let demo: Demo;
let geo: Geography;
beforeAll(async () => {
  demo = await loadDemo();
  geo = await createGeography();
});

const db = () => getDb();

/** Group 1 has a member from city A (A helps B), group 2 a member from city C. */
async function setUp() {
  const campaign = await createCampaign(db(), {});
  const g1 = await createGroup(db(), { campaignId: campaign.id, number: 1, leaderId: geo.people.fromA.id });
  const g2 = await createGroup(db(), { campaignId: campaign.id, number: 2, assessorIds: [geo.people.fromC.id] });
  return { campaign, g1, g2 };
}

describe('drawing by lot', () => {
  it('records seed, method and inputs, creates the drawn assessments, and never breaks the rule', async () => {
    const { campaign, g1, g2 } = await setUp();
    signInAs(demo.users.admin);
    const result = await createDrawAction({ campaignId: campaign.id, groupIds: [g2.id, g1.id], regionIds: [geo.a.id, geo.b.id, geo.c.id], perGroup: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Group 1 (from A) may take only C; group 2 (from C) may take A or B.
    const byGroup = Object.fromEntries(result.data.pairings.map((p) => [p.groupId, p.regionId]));
    expect(byGroup[g1.id]).toBe(geo.c.id);
    expect([geo.a.id, geo.b.id]).toContain(byGroup[g2.id]);

    const draw = await db().draw.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(draw).toMatchObject({ campaignId: campaign.id, seed: result.data.seed, method: 'shuffle-backtrack-v1', createdById: demo.users.admin.id });
    expect(draw.seed).toMatch(/^[0-9a-f]{32}$/);
    const inputs = ZDrawRecordInputs.parse(draw.inputs);
    expect(inputs.groups.map((g) => g.number)).toEqual([1, 2]);
    expect(inputs.groups[0]!.members).toEqual([{ userId: geo.people.fromA.id, displayName: geo.people.fromA.displayName, homePath: geo.a.path }]);
    expect(inputs.pairings).toContainEqual({ helperPath: geo.a.path, helpedPath: geo.b.path });

    const assessments = await db().assessment.findMany({ where: { campaignId: campaign.id }, select: { id: true, groupId: true, targetRegionId: true, status: true, drawId: true } });
    expect(assessments).toHaveLength(2);
    for (const a of assessments) {
      expect(a).toMatchObject({ status: 'PLANNED', drawId: draw.id, targetRegionId: byGroup[a.groupId] });
      expect(await db().auditEvent.count({ where: { entityId: a.id, action: 'assessment.create', assessmentId: a.id } })).toBe(1);
    }
    expect(await db().auditEvent.count({ where: { entityId: draw.id, action: 'draw.create', entityType: 'Draw' } })).toBe(1);
  });

  it('verifies a draw from its record, and shows the differences when the record was altered', async () => {
    const { campaign, g1, g2 } = await setUp();
    signInAs(demo.users.admin);
    const drawn = await createDrawAction({ campaignId: campaign.id, groupIds: [g1.id, g2.id], regionIds: [geo.a.id, geo.b.id, geo.c.id, geo.d.id], perGroup: 1 });
    if (!drawn.ok) throw new Error(drawn.message);
    const drawId = drawn.data.id;
    // A group leader may read campaigns, so may check a draw too.
    signInAs(demo.users.leader);
    expect(await verifyDrawAction({ drawId })).toEqual({ ok: true, data: { drawId, status: 'MATCH', missing: [], extra: [] } });
    expect(await db().auditEvent.findFirst({ where: { entityId: drawId }, orderBy: { id: 'desc' } })).toMatchObject({ action: 'draw.verify', actorId: demo.users.leader.id, data: { status: 'MATCH' } });

    const recorded = drawn.data.pairings.map(({ groupId, regionId }) => ({ groupId, regionId }));
    const used = new Set(recorded.map((p) => p.regionId));
    const unused = [geo.a, geo.b, geo.c, geo.d].find((r) => !used.has(r.id))!;
    const altered = [{ groupId: recorded[0]!.groupId, regionId: unused.id }, recorded[1]!];
    await db().draw.update({ where: { id: drawId }, data: { pairings: altered } });
    const check = await verifyDrawAction({ drawId });
    expect(check).toMatchObject({ ok: true, data: { status: 'MISMATCH', missing: [{ regionId: unused.id, regionName: unused.name, groupNumber: 1 }], extra: [recorded[0]] } });
  });

  it('refuses, naming the group, when every candidate is tied to a member, and writes nothing', async () => {
    const { campaign, g1 } = await setUp();
    signInAs(demo.users.admin);
    const result = await createDrawAction({ campaignId: campaign.id, groupIds: [g1.id], regionIds: [geo.a.id, geo.b.id], perGroup: 1 });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '第1组：所有候选地区均与组员存在回避关系。' });
    expect(await db().draw.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect(await db().assessment.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it('refuses when the groups together cannot all be served', async () => {
    const { campaign, g1 } = await setUp();
    const g3 = await createGroup(db(), { campaignId: campaign.id, number: 3, leaderId: geo.people.fromB.id });
    signInAs(demo.users.admin);
    // Both groups are tied to A and B (A helps B), so only C is open to them: two groups, one region.
    const result = await createDrawAction({ campaignId: campaign.id, groupIds: [g1.id, g3.id], regionIds: [geo.a.id, geo.b.id, geo.c.id], perGroup: 1 });
    expect(result).toMatchObject({ ok: false, message: '第1、3组：可抽取的候选地区合计只有1个，少于所需的2个，无法为每组抽到不存在回避关系的地区。' });
    const none = await createDrawAction({ campaignId: campaign.id, groupIds: [], regionIds: [geo.c.id], perGroup: 1 });
    expect(none).toMatchObject({ ok: false, message: '请至少选择一个考核组。' });
  });

  it('refuses a candidate already assessed in the campaign', async () => {
    const { campaign, g1, g2 } = await setUp();
    await createAssessment(db(), { campaignId: campaign.id, groupId: g2.id, targetRegionId: geo.d.id });
    signInAs(demo.users.admin);
    const result = await createDrawAction({ campaignId: campaign.id, groupIds: [g1.id], regionIds: [geo.c.id, geo.d.id], perGroup: 1 });
    expect(result).toMatchObject({ ok: false, message: `${geo.d.name}已由第2组考核。同一地区在一次考核中只能由一个考核组考核。` });
    expect(await db().draw.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it('denies a draw to everyone but the admin, and a verification to officials', async () => {
    const { campaign, g1, g2 } = await setUp();
    const state = () => Promise.all([db().draw.count({ where: { campaignId: campaign.id } }), db().assessment.count({ where: { campaignId: campaign.id } })]);
    await expectDenied(nonAdmins(demo), () => createDrawAction({ campaignId: campaign.id, groupIds: [g1.id, g2.id], regionIds: [geo.c.id, geo.d.id], perGroup: 1 }), state);
    signInAs(demo.users.admin);
    const drawn = await createDrawAction({ campaignId: campaign.id, groupIds: [g1.id], regionIds: [geo.c.id], perGroup: 1 });
    if (!drawn.ok) throw new Error(drawn.message);
    const { zhaoqingOfficial, fengkaiOfficial, zhongshanOfficial } = demo.users;
    await expectDenied([zhaoqingOfficial, fengkaiOfficial, zhongshanOfficial], () => verifyDrawAction({ drawId: drawn.data.id }), state);
  });
});
