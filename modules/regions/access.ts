// Which regions an actor may see with a permission: admins all; officials their own
// region and everything below it; group roles the target regions of their groups (and below).
import type { Prisma } from '@/lib/generated/prisma/client';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import type { Permission } from '@/modules/auth/permissions';
import type { Db } from '@/lib/server/db';

/** Matches a region and its whole subtree, given the region's materialised path. */
export function subtreeWhere(path: string): Prisma.RegionWhereInput {
  return { path: { startsWith: path } };
}

export function regionScope(actor: Actor, permission: Permission): Prisma.RegionWhereInput {
  const roles = rolesWith(actor, permission);
  if (roles.some((r) => r.role === 'ADMIN')) return {};
  const or: Prisma.RegionWhereInput[] = [];
  for (const r of roles) {
    if (r.role === 'OFFICIAL' && r.regionPath) or.push(subtreeWhere(r.regionPath));
  }
  const groupIds = roles.flatMap((r) => (r.groupId && r.role !== 'OFFICIAL' ? [r.groupId] : []));
  if (groupIds.length > 0) {
    or.push({ assessments: { some: { groupId: { in: groupIds } } } });
  }
  // No grant: a condition that matches nothing (fail closed).
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** A region (by id) and its subtree; an unknown id matches nothing. For URL filters that name a region. */
export async function subtreeOfRegion(db: Db, regionId: string): Promise<Prisma.RegionWhereInput> {
  const region = await db.region.findUnique({ where: { id: regionId }, select: { path: true } });
  return region ? subtreeWhere(region.path) : { id: { in: [] } };
}

/** True when `path` lies in the subtree rooted at `rootPath`. Paths end in '/'. */
export function isWithin(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}
