// Granting and removing roles. Group roles go through the group module's own writes, so the
// cross-assessment rule and the campaign lock apply exactly as on the group page; admin and
// official roles are written here. Every change ends the person's sessions (role-change) and is
// also recorded on the person, for their history.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { endSessionsAfterRoleChange } from '@/modules/auth/sessions';
import { addMember, removeMember, setLeader } from '@/modules/groups/member-mutations';
import { assertCanManageUsers } from '@/modules/users/access';
import { assertAdminRemains } from '@/modules/users/last-admin';
import type { RoleGrant, ZAddRoleInput, ZRemoveRoleInput } from '@/modules/users/schema';

const GROUP_ROLES: readonly string[] = ['GROUP_LEADER', 'ASSESSOR'];

async function grantGlobalOrRegional(ctx: GuardedContext, userId: string, grant: RoleGrant) {
  if (grant.regionId) {
    const region = await ctx.tx.region.findUnique({ where: { id: grant.regionId }, select: { id: true } });
    if (!region) throw await fieldError('regionId', 'groups.errors.regionMissing');
  }
  const where = { userId, role: grant.role, regionId: grant.regionId, groupId: null };
  if ((await ctx.tx.roleAssignment.count({ where })) > 0) throw new AppError('RULE_VIOLATION', { messageKey: 'users.errors.roleExists' });
  await ctx.tx.roleAssignment.create({ data: where });
  await endSessionsAfterRoleChange(ctx.tx, ctx.actor, userId);
}

export async function grantRole(ctx: GuardedContext, userId: string, grant: RoleGrant) {
  assertCanManageUsers(ctx.actor);
  const user = await ctx.tx.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new AppError('NOT_FOUND');
  if (grant.role === 'GROUP_LEADER') await setLeader(ctx, { groupId: grant.groupId!, userId });
  else if (grant.role === 'ASSESSOR') await addMember(ctx, { groupId: grant.groupId!, userId });
  else await grantGlobalOrRegional(ctx, userId, grant);
  await ctx.audit({ action: 'user.role.add', entityType: 'User', entityId: userId, data: grant });
}

export async function addRole(ctx: GuardedContext, input: z.output<typeof ZAddRoleInput>) {
  const { userId, ...grant } = input;
  await grantRole(ctx, userId, grant);
  return { userId };
}

export async function removeRole(ctx: GuardedContext, input: z.output<typeof ZRemoveRoleInput>) {
  assertCanManageUsers(ctx.actor);
  const assignment = await ctx.tx.roleAssignment.findUnique({
    where: { id: input.assignmentId },
    select: { id: true, userId: true, role: true, regionId: true, groupId: true },
  });
  if (!assignment) throw new AppError('NOT_FOUND');
  const { userId, role, regionId, groupId } = assignment;
  if (GROUP_ROLES.includes(role) && groupId) {
    await removeMember(ctx, { groupId, userId });
  } else {
    if (role === 'ADMIN') {
      const ownAdmin = userId === ctx.actor.userId && (await ctx.tx.roleAssignment.count({ where: { userId, role: 'ADMIN' } })) === 1;
      if (ownAdmin) throw new AppError('RULE_VIOLATION', { messageKey: 'users.errors.lastOwnAdmin' });
      await assertAdminRemains(ctx.tx, { assignmentId: assignment.id });
    }
    await ctx.tx.roleAssignment.delete({ where: { id: assignment.id } });
    await endSessionsAfterRoleChange(ctx.tx, ctx.actor, userId);
  }
  await ctx.audit({ action: 'user.role.remove', entityType: 'User', entityId: userId, data: { role, regionId, groupId } });
  return { userId };
}
