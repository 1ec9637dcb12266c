// Reads of work reports, always through the actor's scope (modules/reports/access.ts).
import type { Db, Tx } from '@/lib/server/db';
import type { WorkReportStatus } from '@/lib/generated/prisma/enums';
import type { ListFilters } from '@/lib/list-filters';
import { rolesWith, type Actor } from '@/modules/auth/actor';
import { subtreeOfRegion, subtreeWhere } from '@/modules/regions/access';
import { canDecideReport, canReviewReport, canWriteReport, reportScope } from '@/modules/reports/access';
import { loadReportContent } from '@/modules/reports/content';
import { canCommentOn, isOverdue, isReportEditable } from '@/modules/reports/rules';
import { checkReportFigures } from '@/modules/reports/warnings';

/** Reports an official still has to write or correct: drafts and returned reports of their regions. */
export function findOpenReportTasks(db: Db, actor: Actor) {
  const paths = rolesWith(actor, 'report.write').flatMap((r) => (r.role === 'OFFICIAL' && r.regionPath ? [r.regionPath] : []));
  if (paths.length === 0) return Promise.resolve([]);
  return db.workReport.findMany({
    where: { status: { in: ['DRAFT', 'RETURNED'] }, reportingRegion: { OR: paths.map(subtreeWhere) } },
    orderBy: [{ deadline: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      deadline: true,
      assessmentId: true,
      reportingRegion: { select: { name: true } },
    },
    take: 50,
  });
}

const SUMMARY_SELECT = {
  id: true,
  title: true,
  kind: true,
  status: true,
  revision: true,
  deadline: true,
  submittedAt: true,
  acceptedAt: true,
  assessmentId: true,
  reportingRegion: { select: { id: true, name: true } },
} as const;

/** Every report the actor may see, newest campaigns first; `overdueOnly` keeps those past their deadline. */
export async function findReports(db: Db, actor: Actor, options: { overdueOnly?: boolean; now?: Date; filters?: ListFilters<WorkReportStatus> } = {}) {
  const now = options.now ?? new Date();
  const f = options.filters;
  const rows = await db.workReport.findMany({
    where: {
      AND: [
        reportScope(actor),
        options.overdueOnly ? { status: { in: ['DRAFT', 'RETURNED'] }, deadline: { lt: now } } : {},
        f?.campaignId ? { assessment: { campaignId: f.campaignId } } : {},
        f?.groupId ? { assessment: { groupId: f.groupId } } : {},
        f?.regionId ? { reportingRegion: await subtreeOfRegion(db, f.regionId) } : {},
        f?.statuses.length ? { status: { in: f.statuses } } : {},
      ],
    },
    orderBy: [{ assessment: { campaign: { year: 'desc' } } }, { deadline: 'asc' }, { createdAt: 'asc' }],
    select: {
      ...SUMMARY_SELECT,
      assessment: { select: { campaign: { select: { name: true } }, group: { select: { number: true } }, targetRegion: { select: { name: true } } } },
    },
    take: 200,
  });
  return rows.map((r) => ({ ...r, overdue: isOverdue(r, now) }));
}

export type ReportListItem = Awaited<ReturnType<typeof findReports>>[number];

/**
 * The reports of an assessment that an agenda item can present (for the meetings pages):
 * summaries in the actor's scope, work report first.
 */
export function findReportsForAgenda(db: Db, actor: Actor, assessmentId: string) {
  return db.workReport.findMany({
    where: { AND: [{ assessmentId }, reportScope(actor)] },
    orderBy: [{ kind: 'asc' }, { reportingRegion: { code: 'asc' } }],
    select: SUMMARY_SELECT,
  });
}

/** The meetings at which a report was presented (agenda items linking to it). */
export function findReportPresentations(db: Db, actor: Actor, reportId: string) {
  return db.agendaItem.findMany({
    where: { workReportId: reportId, workReport: reportScope(actor) },
    orderBy: [{ meeting: { startsAt: 'asc' } }, { position: 'asc' }],
    select: { id: true, title: true, meeting: { select: { id: true, title: true, startsAt: true, assessmentId: true } } },
  });
}

const PAGE_SELECT = {
  ...SUMMARY_SELECT,
  version: true,
  narrative: true,
  reportingRegion: { select: { id: true, name: true, path: true } },
  assessment: {
    select: {
      id: true,
      groupId: true,
      campaign: { select: { id: true, name: true, year: true, status: true } },
      group: { select: { number: true } },
      targetRegion: { select: { id: true, name: true } },
    },
  },
  revisions: { orderBy: { revision: 'asc' }, select: { revision: true, submittedAt: true, submittedBy: { select: { displayName: true } } } },
  scope: { orderBy: { region: { path: 'asc' } }, select: { region: { select: { id: true, name: true, level: true } } } },
} as const;

/**
 * A report page: the report, what the actor may do with it, and its content at `revision`
 * (default: the working copy for officials who may edit it, the latest submission for everyone
 * else). Null when the report is out of scope or the revision does not exist for this actor.
 */
export async function getReportPage(db: Db | Tx, actor: Actor, id: string, requestedRevision?: number, now = new Date()) {
  const report = await db.workReport.findFirst({ where: { AND: [{ id }, reportScope(actor)] }, select: PAGE_SELECT });
  if (!report) return null;
  const open = report.assessment.campaign.status !== 'CLOSED';
  const writer = canWriteReport(actor, report);
  const commentable = open && canCommentOn(report.status, report.revision);
  const can = {
    edit: open && writer && isReportEditable(report.status),
    review: commentable && canReviewReport(actor, report),
    reply: commentable && writer,
    decide: open && report.status === 'SUBMITTED' && canDecideReport(actor, report),
    setDeadline: open && report.status !== 'ACCEPTED' && canDecideReport(actor, report),
  };
  const revision = requestedRevision ?? (can.edit ? 0 : report.revision);
  // Only those who may edit it see the working copy; others see what was submitted.
  if (revision < 0 || revision > report.revision || (revision === 0 && !can.edit && report.revision > 0)) return null;
  const content = revision === 0 && !can.edit ? null : await loadReportContent(db, report, revision);
  // The working copy's warnings are computed now; a submission's were stored with it.
  if (content && revision === 0) content.warnings = await checkReportFigures(db, report.assessment.campaign.id, report.id);
  const indicators = await findCampaignIndicators(db, report.assessment.campaign.id);
  return { report: { ...report, overdue: isOverdue(report, now) }, can, revision, content, indicators };
}

export type ReportPage = NonNullable<Awaited<ReturnType<typeof getReportPage>>>;

export function findCampaignIndicators(db: Db | Tx, campaignId: string) {
  return db.indicator.findMany({
    where: { campaignId },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, nameEn: true, unit: true, valueType: true, category: true },
  });
}

export type ReportIndicator = Awaited<ReturnType<typeof findCampaignIndicators>>[number];
