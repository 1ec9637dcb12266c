// What a dashboard is about before anything is counted: the campaign (if the actor may see any part
// of it), the region shown with its trail up to the province, and the regions right below it.
// A campaign is visible to admins, to the groups assessing in it, and, once started, to the officials
// of a target region, of a region inside one, or of a region helping one (paired assistance).
import type { Db } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { assessmentScope } from '@/modules/assessments/access';
import { isWithin } from '@/modules/regions/access';

const REGION_SELECT = { id: true, name: true, nameEn: true, level: true, path: true } as const;

export type DashboardRegion = { id: string; name: string; nameEn: string | null; level: string; path: string };

function officialPaths(actor: Actor): { regionId: string; path: string }[] {
  return rolesWith(actor, 'assessment.read').flatMap((r) => (r.role === 'OFFICIAL' && r.regionId && r.regionPath ? [{ regionId: r.regionId, path: r.regionPath }] : []));
}

/**
 * Admins and the groups assessing in the campaign may look at any region; an official only at their
 * own region and below (a region above would show their part under a name that claims more).
 */
function lookingRoots(actor: Actor, campaignGroupIds: ReadonlySet<string>): string[] | null {
  const roles = rolesWith(actor, 'assessment.read');
  if (roles.some((r) => r.role === 'ADMIN' || (r.role !== 'OFFICIAL' && r.groupId !== null && campaignGroupIds.has(r.groupId)))) return null;
  return officialPaths(actor).map((o) => o.path);
}

export async function loadDashboardFrame(db: Db, actor: Actor, campaignId: string, regionId: string | null) {
  const [campaign, assessments, inScope] = await Promise.all([
    db.campaign.findUnique({ where: { id: campaignId }, select: { id: true, name: true, year: true, status: true } }),
    db.assessment.findMany({ where: { campaignId }, orderBy: { id: 'asc' }, select: { id: true, groupId: true, targetRegion: { select: { path: true } } } }),
    db.assessment.count({ where: { AND: [{ campaignId }, assessmentScope(actor, 'assessment.read')] } }),
  ]);
  if (!campaign) return null;
  const roots = lookingRoots(actor, new Set(assessments.map((a) => a.groupId)));
  const own = officialPaths(actor).filter((o) => assessments.some((a) => isWithin(o.path, a.targetRegion.path)));
  const isAdmin = rolesWith(actor, 'assessment.read').some((r) => r.role === 'ADMIN');
  const visible = isAdmin || inScope > 0 || (campaign.status !== 'DRAFT' && own.length > 0);
  if (!visible) return null;

  // By default: an official's own region, else the province the targets lie in (the first region
  // without a parent while there are none). Paths are made of region codes ("/440000/441200/"):
  // the first is the province's.
  const provinceCode = assessments[0]?.targetRegion.path.split('/')[1];
  const ownId = own[0]?.regionId ?? officialPaths(actor)[0]?.regionId;
  const find = (id: string) => db.region.findUnique({ where: { id }, select: REGION_SELECT });
  let region = regionId ? await find(regionId) : ownId ? await find(ownId) : null;
  if (regionId && !region) return null;
  if (region && roots && !roots.some((root) => isWithin(region!.path, root))) region = ownId ? await find(ownId) : null;
  if (!region && !roots) {
    region = provinceCode
      ? await db.region.findUnique({ where: { code: provinceCode }, select: REGION_SELECT })
      : await db.region.findFirst({ where: { parentId: null }, orderBy: { code: 'asc' }, select: REGION_SELECT });
  }
  if (!region) return null;
  const shown = region;
  const [trail, children] = await Promise.all([
    db.region.findMany({ where: { code: { in: shown.path.split('/').filter(Boolean) } }, select: REGION_SELECT }),
    db.region.findMany({ where: { parentId: shown.id }, orderBy: { code: 'asc' }, select: REGION_SELECT }),
  ]);
  return {
    campaign,
    region: shown,
    // An official's trail starts at their own region.
    trail: trail.filter((r) => !roots || roots.some((root) => isWithin(r.path, root))).sort((a, b) => a.path.length - b.path.length),
    children,
    campaignAssessmentIds: assessments.map((a) => a.id),
  };
}
