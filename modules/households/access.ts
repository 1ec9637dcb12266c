// Who may see and import a county's household roster. Reading: admins, members of a group whose
// assessment covers the county, and officials of the county or a region above it. Importing:
// admins and the leaders of such a group (siteVisit.manage).
import type { Db, Tx } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { isWithin } from '@/modules/regions/access';

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
