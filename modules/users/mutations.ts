// Writes on people (user accounts), by an admin. Initial and reset passwords are generated here,
// stored only as a scrypt hash and returned once, for the admin to hand over; the person must
// choose their own at the next sign-in. Whatever takes access away ends the person's sessions.
import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { updateVersioned } from '@/lib/server/versioned-update';
import { hashPassword } from '@/modules/auth/password';
import { revokeUserSessions } from '@/modules/auth/sessions';
import { assertCanManageUsers } from '@/modules/users/access';
import { assertNewHomeKeepsGroupsClear } from '@/modules/users/home-change';
import { assertAdminRemains } from '@/modules/users/last-admin';
import { grantRole } from '@/modules/users/role-mutations';
import type { ZCreatePersonInput, ZCreateUserInput, ZUpdateUserInput, ZUserIdInput } from '@/modules/users/schema';

// No 0/O, 1/l/I: the password is read off the screen and typed in by someone else.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PASSWORD_LENGTH = 14;

export function generateInitialPassword(): string {
  return Array.from({ length: PASSWORD_LENGTH }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

async function assertRegionExists(ctx: GuardedContext, regionId: string) {
  const region = await ctx.tx.region.findUnique({ where: { id: regionId }, select: { id: true } });
  if (!region) throw await fieldError('homeRegionId', 'groups.errors.regionMissing');
}

/** Creates a person with a generated password (also used by the group page's "new member"). */
export async function createPerson(ctx: GuardedContext, input: z.output<typeof ZCreatePersonInput>) {
  assertCanManageUsers(ctx.actor);
  const taken = await ctx.tx.user.count({ where: { username: input.username } });
  if (taken > 0) throw await fieldError('username', 'groups.errors.usernameTaken');
  await assertRegionExists(ctx, input.homeRegionId);
  const initialPassword = generateInitialPassword();
  const user = await ctx.tx.user.create({
    data: { ...input, passwordHash: await hashPassword(initialPassword), mustChangePassword: true },
    select: { id: true, username: true, displayName: true },
  });
  // Never the password, not even hashed: the audit trail is read by more people than the user table.
  await ctx.audit({ action: 'user.create', entityType: 'User', entityId: user.id, data: { ...input } });
  return { ...user, initialPassword };
}

/** The user page's "new person": the person, then their first role if one was chosen (all or nothing). */
export async function createUser(ctx: GuardedContext, input: z.output<typeof ZCreateUserInput>) {
  const created = await createPerson(ctx, input.person);
  if (input.grant) await grantRole(ctx, created.id, input.grant);
  return created;
}

export async function updateUser(ctx: GuardedContext, input: z.output<typeof ZUpdateUserInput>) {
  assertCanManageUsers(ctx.actor);
  const { id, version, ...details } = input;
  await assertRegionExists(ctx, details.homeRegionId);
  await assertNewHomeKeepsGroupsClear(ctx.tx, id, details.homeRegionId);
  await updateVersioned(ctx.tx.user, id, version, details);
  await ctx.audit({ action: 'user.update', entityType: 'User', entityId: id, data: details });
  return { id, version: version + 1 };
}

async function loadUser(ctx: GuardedContext, id: string) {
  assertCanManageUsers(ctx.actor);
  const user = await ctx.tx.user.findUnique({ where: { id }, select: { id: true, isActive: true } });
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

/** Deactivation: the person can no longer sign in, and every browser they are signed in with is signed out. */
export async function deactivateUser(ctx: GuardedContext, input: z.output<typeof ZUserIdInput>) {
  const user = await loadUser(ctx, input.id);
  if (user.id === ctx.actor.userId) throw new AppError('RULE_VIOLATION', { messageKey: 'users.errors.deactivateSelf' });
  if (!user.isActive) throw new AppError('RULE_VIOLATION', { messageKey: 'users.errors.alreadyInactive' });
  await assertAdminRemains(ctx.tx, { userId: user.id });
  await ctx.tx.user.update({ where: { id: user.id }, data: { isActive: false, version: { increment: 1 } } });
  const sessionsEnded = await revokeUserSessions(ctx.tx, user.id, 'deactivated');
  await ctx.audit({ action: 'user.deactivate', entityType: 'User', entityId: user.id, data: { sessionsEnded } });
  return { id: user.id, sessionsEnded };
}

/** Reactivation lets the person sign in again; sessions ended by the deactivation stay ended. */
export async function reactivateUser(ctx: GuardedContext, input: z.output<typeof ZUserIdInput>) {
  const user = await loadUser(ctx, input.id);
  if (user.isActive) throw new AppError('RULE_VIOLATION', { messageKey: 'users.errors.alreadyActive' });
  await ctx.tx.user.update({ where: { id: user.id }, data: { isActive: true, version: { increment: 1 } } });
  await ctx.audit({ action: 'user.reactivate', entityType: 'User', entityId: user.id, data: {} });
  return { id: user.id };
}

/** A new generated password, shown once; the person must replace it at the next sign-in. */
export async function resetPassword(ctx: GuardedContext, input: z.output<typeof ZUserIdInput>) {
  const user = await loadUser(ctx, input.id);
  const password = generateInitialPassword();
  await ctx.tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), mustChangePassword: true, version: { increment: 1 } },
  });
  const sessionsEnded = await revokeUserSessions(ctx.tx, user.id, 'password-reset');
  await ctx.audit({ action: 'user.passwordReset', entityType: 'User', entityId: user.id, data: { sessionsEnded } });
  return { id: user.id, password };
}
