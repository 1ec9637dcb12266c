// User administration through the server actions, as the browser calls them, against a real database.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { authenticate } from '@/modules/auth/credentials';
import { createUserSession, isLiveSession } from '@/modules/auth/sessions';
import { createGeography, expectDenied, nonAdmins, type Geography } from '@/modules/groups/test-support';
import {
  addRoleAction,
  createUserAction,
  deactivateUserAction,
  reactivateUserAction,
  removeRoleAction,
  resetPasswordAction,
  updateUserAction,
} from '@/modules/users/actions';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createUser, DEFAULT_TEST_PASSWORD, type RoleInput } from '@/seeds/factories/users';

let demo: Demo;
let geo: Geography;
beforeAll(async () => {
  demo = await loadDemo();
  geo = await createGeography();
});

const db = () => getDb();
const newPerson = (roles: RoleInput[] = []) =>
  createUser(db(), { username: `u-${uniqueSuffix()}`, homeRegionId: geo.c.id, roles });
const userRow = (id: string) =>
  db().user.findUniqueOrThrow({ where: { id }, select: { displayName: true, isActive: true, mustChangePassword: true, passwordHash: true, version: true } });
const rolesOf = (userId: string) =>
  db().roleAssignment.findMany({ where: { userId }, orderBy: [{ role: 'asc' }], select: { role: true, regionId: true, groupId: true } });
const openSessions = (userId: string) => db().userSession.count({ where: { userId, revokedAt: null } });
const userEvents = (userId: string) => db().auditEvent.findMany({ where: { entityType: 'User', entityId: userId }, orderBy: { id: 'asc' } });

describe('who may administer people', () => {
  it('refuses every write to leaders, assessors and officials, and writes nothing', async () => {
    const person = await newPerson([{ role: 'OFFICIAL', regionId: geo.c.id }]);
    const assignment = await db().roleAssignment.findFirstOrThrow({ where: { userId: person.id } });
    const state = async () => ({ user: await userRow(person.id), roles: await rolesOf(person.id), users: await db().user.count() });
    const calls = [
      () => createUserAction({ username: `x-${uniqueSuffix()}`, displayName: '越权', homeRegionId: geo.c.id }),
      () => updateUserAction({ id: person.id, version: 1, displayName: '改名', homeRegionId: geo.c.id }),
      () => deactivateUserAction({ id: person.id }),
      () => reactivateUserAction({ id: person.id }),
      () => resetPasswordAction({ id: person.id }),
      () => addRoleAction({ userId: person.id, role: 'ADMIN' }),
      () => removeRoleAction({ assignmentId: assignment.id }),
    ];
    for (const call of calls) await expectDenied(nonAdmins(demo), call, state);
  });
});

describe('creating a person', () => {
  it('gives a one-time password that must be changed, with the first role, and never audits the password', async () => {
    signInAs(demo.users.admin);
    const username = `new-${uniqueSuffix()}`;
    const result = await createUserAction({ username, displayName: '新人', title: '科员', homeRegionId: geo.c.id, role: 'OFFICIAL', regionId: geo.d.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.initialPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    expect(await authenticate(db(), username, result.data.initialPassword)).toEqual({ id: result.data.id });
    expect(await userRow(result.data.id)).toMatchObject({ mustChangePassword: true, isActive: true });
    expect(await rolesOf(result.data.id)).toEqual([{ role: 'OFFICIAL', regionId: geo.d.id, groupId: null }]);
    const events = await userEvents(result.data.id);
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.role.add']);
    const trail = JSON.stringify(events.map((e) => e.data));
    expect(trail).not.toContain(result.data.initialPassword);
    expect(trail).not.toMatch(/scrypt|password/i);
  });

  it('asks for the region of an official role and creates nobody without it', async () => {
    signInAs(demo.users.admin);
    const username = `noscope-${uniqueSuffix()}`;
    const result = await createUserAction({ username, displayName: '缺范围', homeRegionId: geo.c.id, role: 'OFFICIAL', regionId: '' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { regionId: ['必填。'] } });
    expect(await db().user.count({ where: { username } })).toBe(0);
  });
});

describe('editing details', () => {
  it('saves the first of two edits from the same version and reports a conflict to the second', async () => {
    const person = await newPerson();
    signInAs(demo.users.admin);
    const first = await updateUserAction({ id: person.id, version: 1, displayName: '甲', title: '处长', homeRegionId: geo.d.id });
    const second = await updateUserAction({ id: person.id, version: 1, displayName: '乙', homeRegionId: geo.c.id });
    expect(first).toEqual({ ok: true, data: { id: person.id, version: 2 } });
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await userRow(person.id)).toMatchObject({ displayName: '甲', version: 2 });
  });
  it('refuses a new home region that ties a group member to the group’s target, naming the person', async () => {
    const campaign = await createCampaign(db(), {});
    const person = await newPerson();
    const group = await createGroup(db(), { campaignId: campaign.id, assessorIds: [person.id] });
    await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: geo.b.id });
    signInAs(demo.users.admin);
    const result = await updateUserAction({ id: person.id, version: 1, displayName: person.displayName, homeRegionId: geo.countyOfB.id });
    expect(result).toMatchObject({
      ok: false,
      code: 'RULE_VIOLATION',
      message: `${person.displayName}的所在地区为${geo.countyOfB.name}，隶属${geo.b.name}，不能考核${geo.b.name}（上级地区）。`,
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: person.id }, select: { homeRegionId: true } })).toEqual({ homeRegionId: geo.c.id });
    expect(await updateUserAction({ id: person.id, version: 1, displayName: person.displayName, homeRegionId: geo.d.id })).toMatchObject({ ok: true });
  });
});

describe('deactivating', () => {
  it('ends every session at once and refuses sign-in; reactivation restores sign-in but no session', async () => {
    const person = await newPerson();
    const sessions = [await createUserSession(db(), person.id, 'a'), await createUserSession(db(), person.id, 'b')];
    signInAs(demo.users.admin);
    expect(await deactivateUserAction({ id: person.id })).toMatchObject({ ok: true, data: { sessionsEnded: 2 } });
    expect(await openSessions(person.id)).toBe(0);
    for (const sid of sessions) expect(await isLiveSession(db(), sid, person.id)).toBe(false);
    expect(await authenticate(db(), person.username, DEFAULT_TEST_PASSWORD)).toBeNull();

    expect(await reactivateUserAction({ id: person.id })).toMatchObject({ ok: true });
    expect(await authenticate(db(), person.username, DEFAULT_TEST_PASSWORD)).toEqual({ id: person.id });
    for (const sid of sessions) expect(await isLiveSession(db(), sid, person.id)).toBe(false);
  });

  it('refuses an admin deactivating themselves, with a clear message', async () => {
    signInAs(demo.users.admin);
    const result = await deactivateUserAction({ id: demo.users.admin.id });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '不能停用自己的账号。' });
    expect(await userRow(demo.users.admin.id)).toMatchObject({ isActive: true });
  });
});

describe('roles', () => {
  it('refuses removing one’s own last admin role, and allows removing another admin’s', async () => {
    signInAs(demo.users.admin);
    const own = await db().roleAssignment.findFirstOrThrow({ where: { userId: demo.users.admin.id, role: 'ADMIN' } });
    const refused = await removeRoleAction({ assignmentId: own.id });
    expect(refused).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '不能移除自己唯一的考核办角色，否则将无法再管理人员。' });
    expect(await db().roleAssignment.count({ where: { id: own.id } })).toBe(1);

    const other = await newPerson([{ role: 'ADMIN' }]);
    const theirs = await db().roleAssignment.findFirstOrThrow({ where: { userId: other.id, role: 'ADMIN' } });
    expect(await removeRoleAction({ assignmentId: theirs.id })).toMatchObject({ ok: true });
    expect(await rolesOf(other.id)).toEqual([]);
  });

  it('ends the person’s sessions when a role is given or taken away', async () => {
    const person = await newPerson();
    await createUserSession(db(), person.id, 'a');
    signInAs(demo.users.admin);
    expect(await addRoleAction({ userId: person.id, role: 'OFFICIAL', regionId: geo.c.id })).toMatchObject({ ok: true });
    expect(await openSessions(person.id)).toBe(0);
    await createUserSession(db(), person.id, 'b');
    const assignment = await db().roleAssignment.findFirstOrThrow({ where: { userId: person.id } });
    expect(await removeRoleAction({ assignmentId: assignment.id })).toMatchObject({ ok: true });
    expect(await openSessions(person.id)).toBe(0);
    expect((await userEvents(person.id)).map((e) => e.action)).toEqual(['user.role.add', 'user.role.remove']);
  });

  it('keeps the cross-assessment rule for group roles, naming the person; an allowed group role ends the sessions', async () => {
    const campaign = await createCampaign(db(), {});
    const group = await createGroup(db(), { campaignId: campaign.id });
    await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: geo.b.id });
    const { fromA, fromC } = geo.people;
    signInAs(demo.users.admin);
    const auditBefore = await db().auditEvent.count();
    const refused = await addRoleAction({ userId: fromA.id, role: 'ASSESSOR', groupId: group.id });
    expect(refused).toMatchObject({
      ok: false,
      code: 'RULE_VIOLATION',
      message: `${fromA.displayName}的所在地区为${geo.a.name}，与${geo.b.name}存在对口帮扶关系（${geo.a.name}帮扶${geo.b.name}），不能考核${geo.b.name}。`,
    });
    expect(await rolesOf(fromA.id)).toEqual([]);
    expect(await db().auditEvent.count()).toBe(auditBefore);
    await createUserSession(db(), fromC.id, 'a');
    expect(await addRoleAction({ userId: fromC.id, role: 'GROUP_LEADER', groupId: group.id })).toMatchObject({ ok: true });
    expect(await rolesOf(fromC.id)).toEqual([{ role: 'GROUP_LEADER', regionId: null, groupId: group.id }]);
    expect(await openSessions(fromC.id)).toBe(0);
  });
});

describe('resetting a password', () => {
  it('replaces the password with a one-time one, requires a change and ends the sessions', async () => {
    const person = await newPerson();
    const sid = await createUserSession(db(), person.id, 'a');
    signInAs(demo.users.admin);
    const result = await resetPasswordAction({ id: person.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await userRow(person.id)).toMatchObject({ mustChangePassword: true });
    expect(await isLiveSession(db(), sid, person.id)).toBe(false);
    expect(await authenticate(db(), person.username, DEFAULT_TEST_PASSWORD)).toBeNull();
    expect(await authenticate(db(), person.username, result.data.password)).toEqual({ id: person.id });
    expect(JSON.stringify((await userEvents(person.id)).map((e) => e.data))).not.toContain(result.data.password);
  });
});
