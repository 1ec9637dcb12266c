// Reads of assessments, always through the actor's scope.
import { FindingStatus, type AssessmentStatus } from '@/lib/generated/prisma/enums';
import type { ListFilters } from '@/lib/list-filters';
import type { Db, Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { assessmentScope, canInGroup } from '@/modules/assessments/access';
import { subtreeOfRegion } from '@/modules/regions/access';
import {
  INTERNAL_FINDING_STATUSES,
  OPEN_FINDING_STATUSES,
  REGION_VISIBLE_TIMELINE_ACTIONS,
  type TransitionFacts,
} from '@/modules/assessments/rules';

const LIST_SELECT = {
  id: true,
  status: true,
  updatedAt: true,
  campaign: { select: { id: true, name: true, year: true } },
  group: { select: { id: true, number: true, name: true } },
  targetRegion: { select: { id: true, name: true, level: true } },
} as const;

export async function findAssessments(db: Db, actor: Actor, filters?: ListFilters<AssessmentStatus>) {
  return db.assessment.findMany({
    where: {
      AND: [
        assessmentScope(actor, 'assessment.read'),
        filters?.campaignId ? { campaignId: filters.campaignId } : {},
        filters?.groupId ? { groupId: filters.groupId } : {},
        filters?.regionId ? { targetRegion: await subtreeOfRegion(db, filters.regionId) } : {},
        filters?.statuses.length ? { status: { in: filters.statuses } } : {},
      ],
    },
    orderBy: [{ campaign: { year: 'desc' } }, { group: { number: 'asc' } }, { targetRegion: { code: 'asc' } }],
    select: LIST_SELECT,
    take: 200,
  });
}

export type AssessmentListItem = Awaited<ReturnType<typeof findAssessments>>[number];

/** One assessment with what its hub page shows, or null when it does not exist or is out of scope. */
export function getAssessment(db: Db, actor: Actor, id: string) {
  return db.assessment.findFirst({
    where: { AND: [{ id }, assessmentScope(actor, 'assessment.read')] },
    select: {
      ...LIST_SELECT,
      version: true,
      campaign: { select: { id: true, name: true, year: true, status: true } },
      group: {
        select: {
          id: true,
          number: true,
          name: true,
          members: {
            where: { role: { in: ['GROUP_LEADER', 'ASSESSOR'] } },
            orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
            select: { role: true, user: { select: { id: true, displayName: true, title: true, homeRegion: { select: { name: true } } } } },
          },
        },
      },
      meetings: {
        orderBy: { startsAt: 'asc' },
        select: { id: true, title: true, startsAt: true, place: true, kind: true, minutesStatus: true },
      },
    },
  });
}

export type AssessmentDetail = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

/** An assessment the caller has already read through the actor's scope (getAssessment). */
type AssessmentRef = { id: string; groupId: string };

/** The group's side (its members and admins) sees internal work; the region sees what was made public. */
function isGroupSide(actor: Actor, assessment: AssessmentRef): boolean {
  return canInGroup(actor, 'assessment.read', assessment.groupId);
}

/**
 * Work reports, site visits and findings of an assessment, for the hub's summary lists. Findings
 * are counted from their tallies at the target region, which hold every finding of the assessment
 * (a finding lies in its target region: modules/findings/placement.ts), whatever their number.
 */
export async function findAssessmentProgress(db: Db, actor: Actor, assessment: AssessmentRef & { targetRegionId: string }) {
  const internal = isGroupSide(actor, assessment);
  const [workReports, siteVisits, findings] = await Promise.all([
    db.workReport.findMany({
      where: { assessmentId: assessment.id },
      orderBy: [{ kind: 'asc' }, { reportingRegion: { code: 'asc' } }],
      select: { id: true, title: true, kind: true, status: true, reportingRegion: { select: { name: true } } },
    }),
    db.siteVisit.findMany({
      where: { assessmentId: assessment.id },
      orderBy: [{ visitDate: 'asc' }, { region: { code: 'asc' } }],
      select: { id: true, visitDate: true, status: true, region: { select: { name: true } } },
    }),
    db.findingTally.groupBy({
      by: ['status'],
      where: { regionId: assessment.targetRegionId, assessmentId: assessment.id, ...(internal ? {} : { status: { notIn: [...INTERNAL_FINDING_STATUSES] } }) },
      _sum: { n: true },
    }),
  ]);
  const order = Object.values(FindingStatus);
  const findingCounts = findings
    .map((row) => ({ status: row.status, count: row._sum.n ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return { workReports, siteVisits, findingCounts };
}

export type AssessmentProgress = Awaited<ReturnType<typeof findAssessmentProgress>>;

/** What happened to an assessment, newest first: its audit events, limited to public ones for the region. */
export async function findAssessmentTimeline(db: Db, actor: Actor, assessment: AssessmentRef) {
  const events = await db.auditEvent.findMany({
    where: {
      assessmentId: assessment.id,
      ...(isGroupSide(actor, assessment) ? {} : { action: { in: [...REGION_VISIBLE_TIMELINE_ACTIONS] } }),
    },
    orderBy: { id: 'desc' },
    take: 100,
    select: { id: true, at: true, action: true, data: true, actor: { select: { displayName: true } } },
  });
  return events.map((e) => ({ ...e, id: e.id.toString(), data: (e.data ?? {}) as Record<string, unknown> }));
}

export type TimelineEvent = Awaited<ReturnType<typeof findAssessmentTimeline>>[number];

type FactsReader = Pick<Tx, 'meeting' | 'workReport' | 'findingTally'>;

/** The database side of the status preconditions (modules/assessments/rules.ts). */
export async function loadTransitionFacts(
  db: FactsReader,
  assessment: { id: string; targetRegionId: string; campaign: { status: string } },
): Promise<TransitionFacts> {
  const assessmentId = assessment.id;
  // One after another: inside a transaction the queries share a single connection anyway.
  const briefings = await db.meeting.count({ where: { assessmentId, kind: 'BRIEFING' } });
  const publishedBriefings = await db.meeting.count({ where: { assessmentId, kind: 'BRIEFING', minutesStatus: 'PUBLISHED' } });
  const openWorkReports = await db.workReport.count({ where: { assessmentId, status: { not: 'ACCEPTED' } } });
  // From the tallies at the target region, which count every finding of the assessment. A finding has a
  // rectification from its plan on (PLAN_SUBMITTED), and it is verified exactly when the finding closes
  // (modules/findings/rules.ts: a finding with a plan never goes back to ISSUED, nor to WITHDRAWN), so the
  // unverified rectifications are the findings with a plan that are not closed: no scan of either table.
  const open = await db.findingTally.groupBy({
    by: ['status'],
    where: { regionId: assessment.targetRegionId, assessmentId, status: { in: [...OPEN_FINDING_STATUSES] } },
    _sum: { n: true },
  });
  const sum = (statuses: readonly string[]) => open.filter((row) => statuses.includes(row.status)).reduce((total, row) => total + (row._sum.n ?? 0), 0);
  const openFindings = sum(OPEN_FINDING_STATUSES);
  const unverifiedRectifications = sum(['PLAN_SUBMITTED', 'PROOF_SUBMITTED']);
  return {
    campaignClosed: assessment.campaign.status === 'CLOSED',
    hasBriefingMeeting: briefings > 0,
    briefingMinutesPublished: publishedBriefings > 0,
    openWorkReports,
    openFindings,
    unverifiedRectifications,
  };
}
