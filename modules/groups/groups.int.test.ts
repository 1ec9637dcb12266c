import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { verifyPassword } from '@/modules/auth/password';
import {
  addMemberAction,
  addNewMemberAction,
  assignTargetAction,
  createGroupAction,
  deleteGroupAction,
  removeMemberAction,
  setLeaderAction,
  updateGroupAction,
} from '@/modules/groups/actions';
import { createGeography, expectDenied, nonAdmins, type Geography } from '@/modules/groups/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { uniqueSuffix } from '@/seeds/factories/client';

let demo: Demo;
let geo: Geography;
beforeAll(async () => {
  demo = await loadDemo();
  geo = await createGeography();
});

const db = () => getDb();
const newCampaign = () => createCampaign(db(), {});
const rolesOf = (groupId: string) =>
  db().roleAssignment.findMany({ where: { groupId }, orderBy: [{ role: 'asc' }, { userId: 'asc' }], select: { role: true, userId: true } });
const lastAudit = (entityId: string) => db().auditEvent.findFirst({ where: { entityId }, orderBy: { id: 'desc' } });

describe('groups', () => {
  it('lets an admin create and renumber a group, with audit events', async () => {
    const campaign = await newCampaign();
    signInAs(demo.users.admin);
    const created = await createGroupAction({ campaignId: campaign.id, number: '7', name: '第七组' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await lastAudit(created.data.id)).toMatchObject({ action: 'group.create', entityType: 'AssessmentGroup', actorId: demo.users.admin.id });
    const updated = await updateGroupAction({ id: created.data.id, version: 1, number: 8, name: '第八组' });
    expect(updated).toEqual({ ok: true, data: { id: created.data.id, version: 2 } });
    expect(await db().assessmentGroup.findUnique({ where: { id: created.data.id }, select: { number: true, name: true } })).toEqual({ number: 8, name: '第八组' });
  });

  it('reports a number already used in the campaign on the number field', async () => {
    const campaign = await newCampaign();
    await createGroup(db(), { campaignId: campaign.id, number: 3 });
    signInAs(demo.users.admin);
    const result = await createGroupAction({ campaignId: campaign.id, number: 3, name: '重复' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { number: ['本次考核已有第3组，请换一个组号。'] } });
  });

  it('reports a conflict to the second of two edits from the same version and keeps the first', async () => {
    const campaign = await newCampaign();
    const group = await createGroup(db(), { campaignId: campaign.id, number: 4 });
    signInAs(demo.users.admin);
    const first = await updateGroupAction({ id: group.id, version: 1, number: 4, name: '甲' });
    const second = await updateGroupAction({ id: group.id, version: 1, number: 4, name: '乙' });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db().assessmentGroup.findUnique({ where: { id: group.id }, select: { name: true, version: true } })).toEqual({ name: '甲', version: 2 });
  });

  it('refuses changes in a closed campaign', async () => {
    const campaign = await createCampaign(db(), { status: 'CLOSED' });
    signInAs(demo.users.admin);
    const result = await createGroupAction({ campaignId: campaign.id, number: 1, name: '第一组' });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '该考核已结束，不能再修改。' });
  });

  it('deletes a group only while it has no targets', async () => {
    const campaign = await newCampaign();
    const empty = await createGroup(db(), { campaignId: campaign.id });
    const busy = await createGroup(db(), { campaignId: campaign.id });
    await createAssessment(db(), { campaignId: campaign.id, groupId: busy.id, targetRegionId: geo.d.id });
    signInAs(demo.users.admin);
    expect(await deleteGroupAction({ id: empty.id, version: 1 })).toMatchObject({ ok: true });
    expect(await deleteGroupAction({ id: busy.id, version: 1 })).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    expect(await db().assessmentGroup.count({ where: { id: { in: [empty.id, busy.id] } } })).toBe(1);
  });

  it('denies leader6, assessor6 and officials, writing nothing', async () => {
    const campaign = await newCampaign();
    const group = await createGroup(db(), { campaignId: campaign.id });
    const users = nonAdmins(demo);
    const groups = () => db().assessmentGroup.findMany({ where: { campaignId: campaign.id }, select: { id: true, number: true, name: true, version: true } });
    await expectDenied(users, () => createGroupAction({ campaignId: campaign.id, number: 9, name: '越权' }), groups);
    await expectDenied(users, () => updateGroupAction({ id: group.id, version: 1, number: 9, name: '越权' }), groups);
    await expectDenied(users, () => addMemberAction({ groupId: group.id, userId: geo.people.fromC.id }), () => rolesOf(group.id));
    await expectDenied(users, () => setLeaderAction({ groupId: group.id, userId: geo.people.fromC.id }), () => rolesOf(group.id));
    const person = { groupId: group.id, username: `x${uniqueSuffix()}`, displayName: '越权', homeRegionId: geo.c.id };
    await expectDenied(users, () => addNewMemberAction(person), () => db().user.count({ where: { username: person.username } }));
    const targets = () => db().assessment.count({ where: { groupId: group.id } });
    await expectDenied(users, () => assignTargetAction({ groupId: group.id, regionId: geo.d.id }), targets);
  });
});

describe('leader and members', () => {
  it('sets one leader per group and adds and removes members', async () => {
    const campaign = await newCampaign();
    const group = await createGroup(db(), { campaignId: campaign.id, leaderId: geo.people.fromC.id, assessorIds: [geo.people.fromD.id] });
    signInAs(demo.users.admin);
    expect(await setLeaderAction({ groupId: group.id, userId: geo.people.fromD.id })).toMatchObject({ ok: true });
    expect(await rolesOf(group.id)).toEqual([{ role: 'GROUP_LEADER', userId: geo.people.fromD.id }]);
    expect(await lastAudit(group.id)).toMatchObject({ action: 'group.leader.set', data: { userId: geo.people.fromD.id, previousLeaderIds: [geo.people.fromC.id] } });

    expect(await addMemberAction({ groupId: group.id, userId: geo.people.fromA.id })).toMatchObject({ ok: true });
    const again = await addMemberAction({ groupId: group.id, userId: geo.people.fromA.id });
    expect(again).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { userId: [`${geo.people.fromA.displayName}已是本组组员。`] } });
    expect(await removeMemberAction({ groupId: group.id, userId: geo.people.fromA.id })).toMatchObject({ ok: true });
    expect(await rolesOf(group.id)).toEqual([{ role: 'GROUP_LEADER', userId: geo.people.fromD.id }]);
  });

  it('refuses a member tied to a target the group already has, naming the person', async () => {
    const campaign = await newCampaign();
    const group = await createGroup(db(), { campaignId: campaign.id });
    await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: geo.b.id });
    signInAs(demo.users.admin);
    const { fromA, fromCountyOfB, fromC } = geo.people;
    expect(await addMemberAction({ groupId: group.id, userId: fromA.id })).toMatchObject({
      ok: false,
      code: 'RULE_VIOLATION',
      message: `${fromA.displayName}的所在地区为${geo.a.name}，与${geo.b.name}存在对口帮扶关系（${geo.a.name}帮扶${geo.b.name}），不能考核${geo.b.name}。`,
    });
    expect(await setLeaderAction({ groupId: group.id, userId: fromCountyOfB.id })).toMatchObject({
      ok: false,
      message: `${fromCountyOfB.displayName}的所在地区为${geo.countyOfB.name}，隶属${geo.b.name}，不能考核${geo.b.name}（上级地区）。`,
    });
    expect(await rolesOf(group.id)).toEqual([]);
    expect(await addMemberAction({ groupId: group.id, userId: fromC.id })).toMatchObject({ ok: true });
  });

  it('creates a new person with a one-time password and adds them, or neither when the rule refuses', async () => {
    const campaign = await newCampaign();
    const group = await createGroup(db(), { campaignId: campaign.id });
    await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: geo.c.id });
    signInAs(demo.users.admin);
    const username = `new-${uniqueSuffix()}`;
    const result = await addNewMemberAction({ groupId: group.id, username: username.toUpperCase(), displayName: '林新', title: '', homeRegionId: geo.d.id });
    expect(result).toMatchObject({ ok: true, data: { username, displayName: '林新' } });
    if (!result.ok) return;
    const user = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true, passwordHash: true, title: true, homeRegionId: true } });
    expect(user).toMatchObject({ title: null, homeRegionId: geo.d.id });
    expect(await verifyPassword(result.data.initialPassword, user.passwordHash)).toBe(true);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'user.create', entityType: 'User' });
    expect(JSON.stringify((await lastAudit(user.id))?.data)).not.toContain(result.data.initialPassword);
    expect(await rolesOf(group.id)).toEqual([{ role: 'ASSESSOR', userId: user.id }]);

    const taken = await addNewMemberAction({ groupId: group.id, username, displayName: '重名', homeRegionId: geo.d.id });
    expect(taken).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { username: ['该用户名已被使用。'] } });
    const tied = `tied-${uniqueSuffix()}`;
    const refused = await addNewMemberAction({ groupId: group.id, username: tied, displayName: '丙市人', homeRegionId: geo.c.id });
    expect(refused).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: `丙市人的所在地区为${geo.c.name}，不能考核${geo.c.name}（本地区）。` });
    expect(await db().user.count({ where: { username: tied } })).toBe(0);
  });
});
