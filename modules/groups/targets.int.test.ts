import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { assignTargetAction, unassignTargetAction } from '@/modules/groups/actions';
import { createGeography, expectDenied, nonAdmins, type Geography } from '@/modules/groups/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createMeeting } from '@/seeds/factories/meetings';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
let geo: Geography;
beforeAll(async () => {
  demo = await loadDemo();
  geo = await createGeography();
});

const db = () => getDb();
const newCampaign = () => createCampaign(db(), {});
const lastAudit = (entityId: string) => db().auditEvent.findFirst({ where: { entityId }, orderBy: { id: 'desc' } });

describe('target regions', () => {
  it('assigns a region, creating a PLANNED assessment with an audit event on its timeline', async () => {
    const campaign = await newCampaign();
    const group = await createGroup(db(), { campaignId: campaign.id, leaderId: geo.people.fromA.id });
    signInAs(demo.users.admin);
    const result = await assignTargetAction({ groupId: group.id, regionId: geo.c.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db().assessment.findUniqueOrThrow({ where: { id: result.data.id }, select: { status: true, groupId: true, targetRegionId: true, drawId: true } });
    expect(stored).toEqual({ status: 'PLANNED', groupId: group.id, targetRegionId: geo.c.id, drawId: null });
    expect(await lastAudit(result.data.id)).toMatchObject({ action: 'assessment.create', entityType: 'Assessment', assessmentId: result.data.id });
  });

  it('refuses Zhaoqing to a group with a Zhaoqing member, naming the person, before saying group 6 has it', async () => {
    const group = await createGroup(db(), { campaignId: demo.scenario.campaign.id });
    const member = await createUser(db(), { displayName: `梁${uniqueSuffix()}`, homeRegionId: demo.regions.zhaoqing.id, roles: [{ role: 'ASSESSOR', groupId: group.id }] });
    signInAs(demo.users.admin);
    const before = await db().assessment.count({ where: { campaignId: demo.scenario.campaign.id } });
    const result = await assignTargetAction({ groupId: group.id, regionId: demo.regions.zhaoqing.id });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: `${member.displayName}的所在地区为肇庆市，不能考核肇庆市（本地区）。` });
    const paired = await assignTargetAction({ groupId: group.id, regionId: demo.regions.zhongshan.id });
    expect(paired).toMatchObject({ message: `${member.displayName}的所在地区为肇庆市，与中山市存在对口帮扶关系（中山市帮扶肇庆市），不能考核中山市。` });
    expect(await db().assessment.count({ where: { campaignId: demo.scenario.campaign.id } })).toBe(before);
    await db().roleAssignment.deleteMany({ where: { groupId: group.id } });
    const taken = await assignTargetAction({ groupId: group.id, regionId: demo.regions.zhaoqing.id });
    expect(taken).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '肇庆市已由第6组考核。同一地区在一次考核中只能由一个考核组考核。' });
    await db().assessmentGroup.delete({ where: { id: group.id } });
  });

  it('refuses a region already assessed in the campaign, naming the group', async () => {
    const campaign = await newCampaign();
    const first = await createGroup(db(), { campaignId: campaign.id, number: 1 });
    const second = await createGroup(db(), { campaignId: campaign.id, number: 2 });
    signInAs(demo.users.admin);
    expect(await assignTargetAction({ groupId: first.id, regionId: geo.d.id })).toMatchObject({ ok: true });
    expect(await assignTargetAction({ groupId: second.id, regionId: geo.d.id })).toMatchObject({ ok: false, message: `${geo.d.name}已由第1组考核。同一地区在一次考核中只能由一个考核组考核。` });
    expect(await db().assessment.count({ where: { campaignId: campaign.id } })).toBe(1);
  });

  it('unassigns only while PLANNED and untouched', async () => {
    const campaign = await newCampaign();
    const group = await createGroup(db(), { campaignId: campaign.id });
    const fresh = await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: geo.a.id });
    const met = await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: geo.b.id });
    await createMeeting(db(), { assessmentId: met.id });
    const started = await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: geo.c.id, status: 'BRIEFING' });
    signInAs(demo.users.admin);
    expect(await unassignTargetAction({ assessmentId: fresh.id, version: 2 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await unassignTargetAction({ assessmentId: fresh.id, version: 1 })).toMatchObject({ ok: true });
    expect(await lastAudit(fresh.id)).toMatchObject({ action: 'assessment.delete', assessmentId: fresh.id });
    expect(await unassignTargetAction({ assessmentId: met.id, version: 1 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await unassignTargetAction({ assessmentId: started.id, version: 1 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await db().assessment.count({ where: { campaignId: campaign.id } })).toBe(2);
    await expectDenied(nonAdmins(demo), () => unassignTargetAction({ assessmentId: met.id, version: 1 }), () => db().assessment.count({ where: { id: met.id } }));
  });
});
