// Who is told about a record, read from the role assignments (never from the request): officials of
// the record's region and the regions above it, the assessment group's leader and assessors, the
// assessment office (admins). Only active accounts.
import type { Role } from '@/lib/generated/prisma/enums';
import type { Db, Tx } from '@/lib/server/db';

type Reader = Db | Tx;

/** Region ids of a materialised path ("/root/city/county/"), the region itself first. */
export function pathIdsNearestFirst(path: string): string[] {
  return path.split('/').filter(Boolean).reverse();
}

export type OfficialsLevel = { regionId: string; userIds: string[] };

/** Officials of the region at `path` and of each region above it, nearest first; levels without officials left out. */
export async function findOfficialsByLevel(db: Reader, path: string): Promise<OfficialsLevel[]> {
  const ids = pathIdsNearestFirst(path);
  const rows = await db.roleAssignment.findMany({
    where: { role: 'OFFICIAL', regionId: { in: ids }, user: { isActive: true } },
    select: { userId: true, regionId: true },
  });
  return ids
    .map((regionId) => ({ regionId, userIds: [...new Set(rows.filter((r) => r.regionId === regionId).map((r) => r.userId))].sort() }))
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
