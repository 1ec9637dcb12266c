// Writes on one's own account. Run inside the guarded path; the row is always the actor's own.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { hashPassword, verifyPassword } from '@/modules/auth/password';
import { findPasswordProblem } from '@/modules/auth/password-policy';
import { revokeUserSessions } from '@/modules/auth/sessions';
import { updateVersioned } from '@/lib/server/versioned-update';
import type { ZChangePasswordInput, ZUpdateOwnEmailInput } from '@/modules/account/schema';

export async function changeOwnPassword(ctx: GuardedContext, input: z.output<typeof ZChangePasswordInput>) {
  const user = await ctx.tx.user.findUnique({ where: { id: ctx.actor.userId }, select: { username: true, passwordHash: true } });
  if (!user) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw await fieldError('currentPassword', 'account.errors.wrongCurrent');
  const problem = findPasswordProblem(input.newPassword, user);
  if (problem) throw await fieldError('newPassword', `account.errors.${problem}`);
  if (input.newPassword === input.currentPassword) throw await fieldError('newPassword', 'account.errors.sameAsCurrent');
  if (input.confirmPassword !== input.newPassword) throw await fieldError('confirmPassword', 'account.errors.mismatch');
  await ctx.tx.user.update({
    where: { id: ctx.actor.userId },
    data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, version: { increment: 1 } },
  });
  // Every other browser signed in with the old password is signed out; this one stays.
  const ended = await ctx.tx.userSession.updateMany({
    where: { userId: ctx.actor.userId, revokedAt: null, ...(ctx.actor.sessionId ? { NOT: { id: ctx.actor.sessionId } } : {}) },
    data: { revokedAt: new Date(), revokedReason: 'password-change' },
  });
  await ctx.audit({ action: 'user.passwordChange', entityType: 'User', entityId: ctx.actor.userId, data: { otherSessionsEnded: ended.count } });
  return { otherSessionsEnded: ended.count };
}

export async function signOutEverywhere(ctx: GuardedContext) {
  const ended = await revokeUserSessions(ctx.tx, ctx.actor.userId, 'sign-out-everywhere');
  await ctx.audit({ action: 'user.signOutEverywhere', entityType: 'User', entityId: ctx.actor.userId, data: { sessionsEnded: ended } });
  return { sessionsEnded: ended };
}

/** The row is the actor's own (from the session); the version guards against an admin's edit meanwhile. */
export async function updateOwnEmail(ctx: GuardedContext, input: z.output<typeof ZUpdateOwnEmailInput>) {
  await updateVersioned(ctx.tx.user, ctx.actor.userId, input.version, { email: input.email });
  await ctx.audit({ action: 'user.emailChange', entityType: 'User', entityId: ctx.actor.userId, data: { email: input.email } });
  return { email: input.email, version: input.version + 1 };
}
