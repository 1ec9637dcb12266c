// Who is told about a record, read from the role assignments (never from the request): officials of
// the record's region and the regions above it, the assessment group's leader and assessors, the
// assessment office (admins). Only active accounts.
import type { Role } from '@/lib/generated/prisma/enums';
import type { Db, Tx } from '@/lib/server/db';

type Reader = Db | Tx;

/** The paths of the region at `path` ("/GD/ZQ/FK/") and of each region above it, the region itself first. */
export function ancestorPathsNearestFirst(path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  return codes.map((_, i) => `/${codes.slice(0, codes.length - i).join('/')}/`);
}

export type OfficialsLevel = { path: string; userIds: string[] };

/** Officials of the region at `path` and of each region above it, nearest first; levels without officials left out. */
export async function findOfficialsByLevel(db: Reader, path: string): Promise<OfficialsLevel[]> {
  const paths = ancestorPathsNearestFirst(path);
  const rows = await db.roleAssignment.findMany({
    where: { role: 'OFFICIAL', region: { path: { in: paths } }, user: { isActive: true } },
    select: { userId: true, region: { select: { path: true } } },
  });
  return paths
    .map((p) => ({ path: p, userIds: [...new Set(rows.filter((r) => r.region?.path === p).map((r) => r.userId))].sort() }))
    .filter((level) => level.userIds.length > 0);
}

export async function findGroupMembers(db: Reader, groupId: string, roles: Role[]): Promise<string[]> {
  const rows = await db.roleAssignment.findMany({
    where: { groupId, role: { in: roles }, user: { isActive: true } },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))].sort();
}

export async function findAdmins(db: Reader): Promise<string[]> {
  const rows = await db.roleAssignment.findMany({ where: { role: 'ADMIN', user: { isActive: true } }, select: { userId: true } });
  return [...new Set(rows.map((r) => r.userId))].sort();
}
