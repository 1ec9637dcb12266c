// Reads of site visits, always through the actor's scope. Officials see that a visit is planned
// (date, county, sub-team); which villages and households it checks is read only for the group's
// side, or once the visit is done: before that the query does not select them at all.
import type { Db } from '@/lib/server/db';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import type { ListFilters } from '@/lib/list-filters';
import type { Actor } from '@/modules/auth/actor';
import { assessmentScope, canInGroup } from '@/modules/assessments/access';
import { subtreeOfRegion } from '@/modules/regions/access';
import { isGroupSide, siteVisitScope } from '@/modules/site-visits/access';
import { canSeeHouseholds } from '@/modules/site-visits/rules';

const MEMBER_SELECT = { user: { select: { id: true, displayName: true, title: true } } } as const;

/** The site visits page of an assessment, or null when the assessment is out of scope. */
export async function findAssessmentSiteVisits(db: Db, actor: Actor, assessmentId: string) {
  const assessment = await db.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentScope(actor, 'siteVisit.read')] },
    select: {
      id: true,
      groupId: true,
      campaign: { select: { id: true, name: true, status: true, samplingRules: true } },
      group: { select: { number: true, name: true } },
      targetRegion: { select: { id: true, name: true, level: true, path: true } },
    },
  });
  if (!assessment) return null;
  const groupSide = isGroupSide(actor, assessment.groupId);
  const visits = await db.siteVisit.findMany({
    where: { AND: [{ assessmentId }, siteVisitScope(actor)] },
    orderBy: [{ visitDate: 'asc' }, { region: { code: 'asc' } }, { id: 'asc' }],
    select: {
      id: true,
      visitDate: true,
      status: true,
      region: { select: { id: true, name: true } },
      members: { orderBy: { user: { displayName: 'asc' } }, select: MEMBER_SELECT },
      ...(groupSide ? { _count: { select: { households: true } } } : {}),
    },
  });
  const counties = await db.region.findMany({
    where: { level: 'COUNTY', path: { startsWith: assessment.targetRegion.path } },
    orderBy: { code: 'asc' },
    select: { id: true, name: true },
  });
  return { assessment, visits, counties, groupSide, canManage: canInGroup(actor, 'siteVisit.manage', assessment.groupId) };
}

export type AssessmentSiteVisits = NonNullable<Awaited<ReturnType<typeof findAssessmentSiteVisits>>>;

/** The leader and assessors of a group, for choosing a sub-team. */
export async function findGroupMembers(db: Db, groupId: string) {
  const rows = await db.roleAssignment.findMany({
    where: { groupId, role: { in: ['GROUP_LEADER', 'ASSESSOR'] } },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: { role: true, user: { select: { id: true, displayName: true, title: true } } },
  });
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.user.id) && seen.add(r.user.id)).map((r) => ({ ...r.user, role: r.role }));
}

/** One visit with what the actor may see of it, or null when it does not exist or is out of scope. */
export async function getSiteVisit(db: Db, actor: Actor, id: string) {
  const visit = await db.siteVisit.findFirst({
    where: { AND: [{ id }, siteVisitScope(actor)] },
    select: {
      id: true,
      version: true,
      status: true,
      visitDate: true,
      notes: true,
      region: { select: { id: true, name: true, parent: { select: { name: true } } } },
      assessment: { select: { id: true, groupId: true, campaign: { select: { name: true, status: true } }, targetRegion: { select: { name: true } }, group: { select: { number: true } } } },
      members: { orderBy: { user: { displayName: 'asc' } }, select: MEMBER_SELECT },
    },
  });
  if (!visit) return null;
  const groupSide = isGroupSide(actor, visit.assessment.groupId);
  const canManage = canInGroup(actor, 'siteVisit.manage', visit.assessment.groupId);
  if (!canSeeHouseholds(groupSide, visit.status)) return { visit, groupSide, canManage, households: null, samples: null };
  // The status condition again in the query itself, so a region's read can never return them early.
  const guard = groupSide ? {} : { siteVisit: { status: 'DONE' as const } };
  const [households, samples] = await Promise.all([findVisitHouseholds(db, id, guard), findVisitSamples(db, id, guard)]);
  return { visit, groupSide, canManage, households, samples };
}

export type SiteVisitDetail = NonNullable<Awaited<ReturnType<typeof getSiteVisit>>>;

type Guard = { siteVisit?: { status: 'DONE' } };

async function findVisitHouseholds(db: Db, siteVisitId: string, guard: Guard) {
  const rows = await db.siteVisitHousehold.findMany({
    where: { siteVisitId, ...guard },
    orderBy: { position: 'asc' },
    select: {
      sampleId: true,
      household: {
        select: {
          id: true, code: true, size: true, status: true, hasDisabledMember: true, ableToWork: true, incomePerCapita: true,
          region: { select: { id: true, code: true, name: true, isDesignatedPoorVillage: true, parent: { select: { id: true, code: true, name: true } } } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r.household, incomePerCapita: r.household.incomePerCapita?.toFixed(2) ?? null, fromSample: r.sampleId !== null }));
}

export type VisitHousehold = Awaited<ReturnType<typeof findVisitHouseholds>>[number];

async function findVisitSamples(db: Db, siteVisitId: string, guard: Guard) {
  return db.sample.findMany({
    where: { siteVisitId, ...guard },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: {
      id: true, seed: true, method: true, rules: true, rosterHash: true, result: true, createdAt: true,
      createdBy: { select: { displayName: true } },
      rosterImport: { select: { fileName: true, createdAt: true, rowCount: true } },
    },
  });
}

/** Every visit the actor may see, newest first: for officials, the visits to their region. */
export async function findSiteVisitsInScope(db: Db, actor: Actor, filters?: ListFilters<SiteVisitStatus>) {
  return db.siteVisit.findMany({
    where: {
      AND: [
        siteVisitScope(actor),
        filters?.campaignId ? { assessment: { campaignId: filters.campaignId } } : {},
        filters?.groupId ? { assessment: { groupId: filters.groupId } } : {},
        filters?.regionId ? { region: await subtreeOfRegion(db, filters.regionId) } : {},
        filters?.statuses.length ? { status: { in: filters.statuses } } : {},
      ],
    },
    orderBy: [{ visitDate: 'desc' }, { region: { code: 'asc' } }, { id: 'asc' }],
    take: 200,
    select: {
      id: true,
      visitDate: true,
      status: true,
      region: { select: { id: true, name: true } },
      members: { orderBy: { user: { displayName: 'asc' } }, select: MEMBER_SELECT },
      assessment: { select: { campaign: { select: { name: true } }, targetRegion: { select: { name: true } }, group: { select: { number: true } } } },
    },
  });
}
