// What the finding forms and the list's filters offer: the regions of an assessment's target,
// the campaign's indicators, the assessment's site visits, and a check to start a finding from.
import type { Db, Tx } from '@/lib/server/db';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { assessmentScope, canInGroup } from '@/modules/assessments/access';
import { findingScope } from '@/modules/findings/access';
import { categoryForCheck } from '@/modules/findings/rules';
import { subtreeWhere } from '@/modules/regions/access';

const REGION_SELECT = { id: true, name: true, level: true, parentId: true } as const;

/** The pickable regions under an assessment's target, and its indicators and visits. */
export async function findPlacementOptions(db: Db, assessment: { campaignId: string; id: string; targetRegion: { path: string } }) {
  const [regions, indicators, siteVisits] = await Promise.all([
    db.region.findMany({ where: subtreeWhere(assessment.targetRegion.path), orderBy: [{ code: 'asc' }], select: REGION_SELECT }),
    db.indicator.findMany({ where: { campaignId: assessment.campaignId }, orderBy: [{ position: 'asc' }], select: { id: true, code: true, name: true, category: true } }),
    db.siteVisit.findMany({ where: { assessmentId: assessment.id }, orderBy: [{ visitDate: 'asc' }, { id: 'asc' }], select: { id: true, visitDate: true, region: { select: { name: true } } } }),
  ]);
  return { regions, indicators, siteVisits };
}

export type PlacementOptions = Awaited<ReturnType<typeof findPlacementOptions>>;

/** The new-finding page: null unless the actor may record findings for this assessment. */
export async function getNewFindingContext(db: Db, actor: Actor, assessmentId: string, prefill: { checkId?: string; regionId?: string }) {
  const assessment = await db.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentScope(actor, 'finding.write')] },
    select: { id: true, groupId: true, campaignId: true, campaign: { select: { name: true } }, targetRegion: { select: { id: true, name: true, path: true } } },
  });
  if (!assessment || !canInGroup(actor, 'finding.write', assessment.groupId)) return null;
  const options = await findPlacementOptions(db, assessment);
  const check = prefill.checkId
    ? await db.householdCheck.findFirst({
        where: { id: prefill.checkId, siteVisit: { assessmentId } },
        select: { id: true, regionId: true, siteVisitId: true, household: { select: { code: true } }, template: { select: { subject: true, name: true } } },
      })
    : null;
  const regionId = check?.regionId ?? (options.regions.some((r) => r.id === prefill.regionId) ? prefill.regionId! : null);
  return {
    assessment,
    options,
    prefill: {
      regionId,
      checkId: check?.id ?? null,
      siteVisitId: check?.siteVisitId ?? null,
      category: check ? categoryForCheck(check.template.subject) : null,
      householdCode: check?.household?.code ?? null,
    },
  };
}

export type NewFindingContext = NonNullable<Awaited<ReturnType<typeof getNewFindingContext>>>;

/** Depth of a county in a materialised path: /province/city/county/. */
const COUNTY_DEPTH = 3;

/** The county a path lies in (or the path itself above county level). */
function countyPathOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return `/${parts.slice(0, COUNTY_DEPTH).join('/')}/`;
}

/**
 * Regions to filter the list by: the province, cities and counties within the actor's reach (the
 * target regions of their groups, the officials' own regions, everything for an admin), and the
 * towns of one county at a time — the county chosen, or the county an official's region lies in.
 * A province has 1,600 towns: listing them all made a select nobody could use and a page 3× the size.
 */
export async function findFilterRegions(db: Db, actor: Actor, currentId: string | null = null) {
  const roles = rolesWith(actor, 'finding.read');
  let roots: string[] = [];
  if (!roles.some((r) => r.role === 'ADMIN')) {
    const groupIds = roles.flatMap((r) => (r.role !== 'OFFICIAL' && r.groupId ? [r.groupId] : []));
    const targets = await db.assessment.findMany({ where: { groupId: { in: groupIds } }, select: { targetRegion: { select: { path: true } } } });
    roots = [...targets.map((t) => t.targetRegion.path), ...roles.flatMap((r) => (r.role === 'OFFICIAL' && r.regionPath ? [r.regionPath] : []))];
    if (roots.length === 0) return [];
  }
  const current = currentId ? await db.region.findUnique({ where: { id: currentId }, select: { id: true, name: true, level: true, path: true } }) : null;
  const townCounties = [...roots, ...(current ? [current.path] : [])]
    .filter((path) => path.split('/').filter(Boolean).length >= COUNTY_DEPTH)
    .map(countyPathOf);
  const regions = await db.region.findMany({
    where: {
      AND: [
        roots.length > 0 ? { OR: roots.map(subtreeWhere) } : {},
        { OR: [{ level: { in: ['PROVINCE', 'CITY', 'COUNTY'] } }, ...(townCounties.length > 0 ? [{ level: 'TOWN' as const, OR: townCounties.map(subtreeWhere) }] : [])] },
      ],
    },
    orderBy: [{ path: 'asc' }],
    select: { id: true, name: true, level: true },
  });
  // A village filter (from a link) is shown as chosen even though villages are not listed.
  return current && !regions.some((r) => r.id === current.id) ? [...regions, { id: current.id, name: current.name, level: current.level }] : regions;
}

/** The assessment a filtered list is about, if the actor may see it or any of its findings. */
export function getListAssessment(db: Db | Tx, actor: Actor, assessmentId: string) {
  return db.assessment.findFirst({
    where: { id: assessmentId, OR: [assessmentScope(actor, 'finding.read'), { findings: { some: findingScope(actor) } }] },
    select: { id: true, groupId: true, campaign: { select: { name: true } }, group: { select: { number: true } }, targetRegion: { select: { name: true, code: true } } },
  });
}
