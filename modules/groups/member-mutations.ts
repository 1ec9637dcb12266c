// Leader and members of a group (GROUP_LEADER / ASSESSOR role assignments). Whoever joins a group
// that already has targets must pass the cross-assessment rule against each of them. Each change
// ends the sessions of the people whose roles changed.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { endSessionsAfterRoleChange } from '@/modules/auth/sessions';
import { assertMayAssess, loadPairings, type GroupPerson } from '@/modules/groups/cross-check';
import type { ZAddNewMemberInput, ZGroupPersonInput } from '@/modules/groups/schema';
import { loadWritableGroup } from '@/modules/groups/writable';
import { createPerson } from '@/modules/users/mutations';

type Group = Awaited<ReturnType<typeof loadWritableGroup>>;
const GROUP_ROLES = ['GROUP_LEADER', 'ASSESSOR'] as const;

async function loadPerson(ctx: GuardedContext, userId: string): Promise<GroupPerson> {
  const user = await ctx.tx.user.findFirst({
    where: { id: userId, isActive: true },
    select: { id: true, displayName: true, homeRegion: { select: { path: true, name: true } } },
  });
  if (!user) throw await fieldError('userId', 'groups.errors.personMissing');
  return { userId: user.id, displayName: user.displayName, homePath: user.homeRegion?.path ?? null, homeName: user.homeRegion?.name ?? null };
}

async function assertMayJoin(ctx: GuardedContext, group: Group, person: GroupPerson) {
  const targets = await ctx.tx.assessment.findMany({
    where: { groupId: group.id },
    orderBy: { targetRegion: { path: 'asc' } },
    select: { targetRegion: { select: { path: true, name: true } } },
  });
  if (targets.length === 0) return;
  assertMayAssess([person], targets.map((t) => t.targetRegion), await loadPairings(ctx.tx));
}

async function rolesInGroup(ctx: GuardedContext, groupId: string, userId: string) {
  const rows = await ctx.tx.roleAssignment.findMany({ where: { groupId, userId, role: { in: [...GROUP_ROLES] } }, select: { role: true } });
  return new Set(rows.map((r) => r.role));
}

async function addAsMember(ctx: GuardedContext, group: Group, person: GroupPerson) {
  const roles = await rolesInGroup(ctx, group.id, person.userId);
  if (roles.has('GROUP_LEADER')) throw await fieldError('userId', 'groups.errors.alreadyLeader', { person: person.displayName });
  if (roles.has('ASSESSOR')) throw await fieldError('userId', 'groups.errors.alreadyMember', { person: person.displayName });
  await assertMayJoin(ctx, group, person);
  await ctx.tx.roleAssignment.create({ data: { userId: person.userId, groupId: group.id, role: 'ASSESSOR' } });
  await endSessionsAfterRoleChange(ctx.tx, ctx.actor, person.userId);
  await ctx.audit({ action: 'group.member.add', entityType: 'AssessmentGroup', entityId: group.id, data: { userId: person.userId } });
}

export async function addMember(ctx: GuardedContext, input: z.output<typeof ZGroupPersonInput>) {
  const group = await loadWritableGroup(ctx, input.groupId);
  await addAsMember(ctx, group, await loadPerson(ctx, input.userId));
  return { groupId: group.id, userId: input.userId };
}

/** Creates the person, then adds them; a refusal by the rule rolls back both. */
export async function addNewMember(ctx: GuardedContext, input: z.output<typeof ZAddNewMemberInput>) {
  const { groupId, ...person } = input;
  const group = await loadWritableGroup(ctx, groupId);
  const user = await createPerson(ctx, person);
  await addAsMember(ctx, group, await loadPerson(ctx, user.id));
  return user;
}

/** One leader per group: the new leader replaces the old one (and stops being a plain member). */
export async function setLeader(ctx: GuardedContext, input: z.output<typeof ZGroupPersonInput>) {
  const group = await loadWritableGroup(ctx, input.groupId);
  const person = await loadPerson(ctx, input.userId);
  const roles = await rolesInGroup(ctx, group.id, person.userId);
  if (roles.has('GROUP_LEADER')) throw await fieldError('userId', 'groups.errors.alreadyLeader', { person: person.displayName });
  await assertMayJoin(ctx, group, person);
  const previous = await ctx.tx.roleAssignment.findMany({ where: { groupId: group.id, role: 'GROUP_LEADER' }, select: { userId: true } });
  await ctx.tx.roleAssignment.deleteMany({
    where: { groupId: group.id, OR: [{ role: 'GROUP_LEADER' }, { role: 'ASSESSOR', userId: person.userId }] },
  });
  await ctx.tx.roleAssignment.create({ data: { userId: person.userId, groupId: group.id, role: 'GROUP_LEADER' } });
  for (const userId of new Set([person.userId, ...previous.map((p) => p.userId)])) await endSessionsAfterRoleChange(ctx.tx, ctx.actor, userId);
  await ctx.audit({
    action: 'group.leader.set',
    entityType: 'AssessmentGroup',
    entityId: group.id,
    data: { userId: person.userId, previousLeaderIds: previous.map((p) => p.userId) },
  });
  return { groupId: group.id, userId: person.userId };
}

export async function removeMember(ctx: GuardedContext, input: z.output<typeof ZGroupPersonInput>) {
  const group = await loadWritableGroup(ctx, input.groupId);
  const roles = [...(await rolesInGroup(ctx, group.id, input.userId))];
  if (roles.length === 0) throw new AppError('NOT_FOUND');
  await ctx.tx.roleAssignment.deleteMany({ where: { groupId: group.id, userId: input.userId, role: { in: [...GROUP_ROLES] } } });
  await endSessionsAfterRoleChange(ctx.tx, ctx.actor, input.userId);
  await ctx.audit({ action: 'group.member.remove', entityType: 'AssessmentGroup', entityId: group.id, data: { userId: input.userId, roles } });
  return { groupId: group.id, userId: input.userId };
}
