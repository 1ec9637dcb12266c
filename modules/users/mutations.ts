// Creating a person from the group page (admin only). The initial password is generated here,
// stored only as a scrypt hash and returned once, for the admin to hand over.
import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { hasPermission, isAdmin } from '@/modules/auth/actor';
import { hashPassword } from '@/modules/auth/password';
import { fieldError } from '@/lib/server/field-error';
import type { ZCreatePersonInput } from '@/modules/users/schema';

// No 0/O, 1/l/I: the password is read off the screen and typed in by someone else.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PASSWORD_LENGTH = 14;

export function generateInitialPassword(): string {
  return Array.from({ length: PASSWORD_LENGTH }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

export async function createPerson(ctx: GuardedContext, input: z.output<typeof ZCreatePersonInput>) {
  if (!isAdmin(ctx.actor) || !hasPermission(ctx.actor, 'user.manage')) throw new AppError('FORBIDDEN');
  const taken = await ctx.tx.user.count({ where: { username: input.username } });
  if (taken > 0) throw await fieldError('username', 'groups.errors.usernameTaken');
  const region = await ctx.tx.region.findUnique({ where: { id: input.homeRegionId }, select: { id: true } });
  if (!region) throw await fieldError('homeRegionId', 'groups.errors.regionMissing');
  const initialPassword = generateInitialPassword();
  const user = await ctx.tx.user.create({
    data: { ...input, passwordHash: await hashPassword(initialPassword) },
    select: { id: true, username: true, displayName: true },
  });
  // Never the password, not even hashed: the audit trail is read by more people than the user table.
  await ctx.audit({ action: 'user.create', entityType: 'User', entityId: user.id, data: { ...input } });
  return { ...user, initialPassword };
}
