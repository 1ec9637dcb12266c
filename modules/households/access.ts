// Who may see and import a county's household roster. Reading: admins, members of a group whose
// assessment covers the county, and officials of the county or a region above it. Importing:
// admins and the leaders of such a group (siteVisit.manage).
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db, Tx } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { isWithin, subtreeWhere } from '@/modules/regions/access';

export type RosterCounty = { id: string; code: string; name: string; path: string; parent: { id: string; name: string } | null };

/** '/a/b/c/' → ['/a/', '/a/b/', '/a/b/c/']: the paths of a region and its ancestors. */
export function pathPrefixes(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
}

/** The county with what the actor may do with its roster, or null when it is missing or out of sight. */
export async function getRosterCountyAccess(db: Db | Tx, actor: Actor, countyId: string): Promise<{ county: RosterCounty; canManage: boolean } | null> {
  const county = await db.region.findFirst({
    where: { id: countyId, level: 'COUNTY' },
    select: { id: true, code: true, name: true, path: true, parent: { select: { id: true, name: true } } },
  });
  if (!county) return null;
  const assessments = await db.assessment.findMany({
    where: { targetRegion: { path: { in: pathPrefixes(county.path) } } },
    select: { groupId: true },
  });
  const canManage = rolesWith(actor, 'siteVisit.manage').some((r) => r.role === 'ADMIN') || assessments.some((a) => canInGroup(actor, 'siteVisit.manage', a.groupId));
  const canRead =
    canManage ||
    rolesWith(actor, 'siteVisit.read').some((r) => r.role === 'ADMIN' || (r.role === 'OFFICIAL' && r.regionPath !== null && isWithin(county.path, r.regionPath))) ||
    assessments.some((a) => canInGroup(actor, 'siteVisit.read', a.groupId));
  return canRead ? { county, canManage } : null;
}

/**
 * The households an actor may see, as a `where` (the list's rule of getRosterCountyAccess): admins
 * all; officials those of their region and below; a group's members those within the regions their
 * group's assessments cover (`groupTargetPaths`, from findGroupTargetPaths). Only published snapshots.
 */
export function householdScope(actor: Actor, groupTargetPaths: string[]): Prisma.HouseholdWhereInput {
  const roles = rolesWith(actor, 'siteVisit.read');
  const published: Prisma.HouseholdWhereInput = { rosterImport: { publishedAt: { not: null } } };
  if (roles.some((r) => r.role === 'ADMIN')) return published;
  const regions = [
    ...roles.flatMap((r) => (r.role === 'OFFICIAL' && r.regionPath ? [r.regionPath] : [])),
    ...groupTargetPaths,
  ];
  return regions.length > 0 ? { AND: [published, { OR: regions.map((path) => ({ region: subtreeWhere(path) })) }] } : { id: { in: [] } };
}

/** The target regions of the assessments of the groups the actor sees site visits in (as leader or assessor). */
export async function findGroupTargetPaths(db: Db | Tx, actor: Actor): Promise<string[]> {
  const groupIds = rolesWith(actor, 'siteVisit.read').flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
  if (groupIds.length === 0) return [];
  const rows = await db.assessment.findMany({ where: { groupId: { in: groupIds } }, select: { targetRegion: { select: { path: true } } } });
  return [...new Set(rows.map((r) => r.targetRegion.path))];
}
