// User factory: find-or-create by username; role assignments are added when missing.
// The password is hashed only when the user is created, so re-seeding changes nothing.
import type { Role } from '@/lib/generated/prisma/enums';
import { hashPassword } from '@/modules/auth/password';
import { uniqueSuffix, type DbClient } from '@/seeds/factories/client';

export type RoleInput = { role: Role; regionId?: string | null; groupId?: string | null };
export type UserRef = { id: string; username: string; displayName: string };

export const DEFAULT_TEST_PASSWORD = 'test-password-1';

export async function createUser(
  db: DbClient,
  input: {
    username?: string;
    displayName?: string;
    title?: string;
    password?: string;
    homeRegionId?: string | null;
    roles?: RoleInput[];
  } = {},
): Promise<UserRef> {
  const username = (input.username ?? `user-${uniqueSuffix()}`).toLowerCase();
  const select = { id: true, username: true, displayName: true } as const;
  const user =
    (await db.user.findUnique({ where: { username }, select })) ??
    (await db.user.create({
      data: {
        username,
        displayName: input.displayName ?? username,
        title: input.title,
        passwordHash: await hashPassword(input.password ?? DEFAULT_TEST_PASSWORD),
        homeRegionId: input.homeRegionId ?? null,
      },
      select,
    }));
  for (const role of input.roles ?? []) await assignRole(db, user.id, role);
  return user;
}

export async function assignRole(db: DbClient, userId: string, input: RoleInput): Promise<void> {
  const where = { userId, role: input.role, regionId: input.regionId ?? null, groupId: input.groupId ?? null };
  const existing = await db.roleAssignment.findFirst({ where, select: { id: true } });
  if (!existing) await db.roleAssignment.create({ data: where });
}
