// The reports of one assessment side by side: the assessed region's work report beside the
// paired-assistance reports of its helpers, each at its latest submission — plus which reports
// the actor may still open (officials) or prepare with a deadline (group leader).
import type { Db } from '@/lib/server/db';
import { type Actor } from '@/modules/auth/actor';
import { assessmentScope } from '@/modules/assessments/access';
import { subtreeWhere } from '@/modules/regions/access';
import { canDecideReport, canWriteReport, reportScope, writingRoles } from '@/modules/reports/access';
import { loadReportContent } from '@/modules/reports/content';
import { findCampaignIndicators } from '@/modules/reports/queries';
import { isOverdue } from '@/modules/reports/rules';

export async function getAssessmentReports(db: Db, actor: Actor, assessmentId: string, now = new Date()) {
  const assessment = await db.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentScope(actor, 'assessment.read')] },
    select: {
      id: true,
      groupId: true,
      campaign: { select: { id: true, name: true, status: true } },
      group: { select: { number: true } },
      targetRegion: { select: { id: true, name: true, path: true } },
    },
  });
  if (!assessment) return null;
  // One query after another: the embedded test database (pglite-socket) mixes up concurrent ones.
  const rows = await db.workReport.findMany({
    where: { AND: [{ assessmentId }, reportScope(actor)] },
    orderBy: [{ kind: 'asc' }, { reportingRegion: { code: 'asc' } }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      revision: true,
      version: true,
      deadline: true,
      narrative: true,
      reportingRegion: { select: { id: true, name: true, path: true } },
    },
  });
  const helpers = await findHelpers(db, assessment.targetRegion.path);
  const indicators = await findCampaignIndicators(db, assessment.campaign.id);
  const reports = [];
  for (const r of rows) {
    reports.push({
      id: r.id,
      title: r.title,
      kind: r.kind,
      status: r.status,
      revision: r.revision,
      version: r.version,
      deadline: r.deadline,
      overdue: isOverdue(r, now),
      reportingRegion: { id: r.reportingRegion.id, name: r.reportingRegion.name },
      canEdit: canWriteReport(actor, r),
      content: r.revision > 0 ? await loadReportContent(db, r, r.revision) : null,
    });
  }
  const open = assessment.campaign.status !== 'CLOSED';
  const leader = open && canDecideReport(actor, { assessment });
  const has = (kind: string, regionId: string) => rows.some((r) => r.kind === kind && r.reportingRegion.id === regionId);
  const ownRegionIds = new Set(actor.roles.flatMap((r) => (r.role === 'OFFICIAL' && r.regionId ? [r.regionId] : [])));
  return {
    assessment,
    indicators,
    reports,
    canDecide: leader,
    /** Reports that do not exist yet and the actor may create: officials open theirs, the leader prepares any. */
    missing: [
      ...(has('WORK', assessment.targetRegion.id)
        ? []
        : [{ kind: 'WORK' as const, region: assessment.targetRegion, canOpen: open && writingRoles(actor, assessment.targetRegion.path).length > 0 }]),
      ...helpers
        .filter((h) => !has('PAIRED_ASSISTANCE', h.id))
        .map((h) => ({ kind: 'PAIRED_ASSISTANCE' as const, region: h, canOpen: open && ownRegionIds.has(h.id) })),
    ].filter((m) => m.canOpen || leader),
  };
}

/** Regions that help the assessed region or a region inside it (one entry per helper). */
async function findHelpers(db: Db, targetPath: string) {
  const pairings = await db.regionPairing.findMany({
    where: { helpedRegion: subtreeWhere(targetPath) },
    orderBy: { helperRegion: { code: 'asc' } },
    select: { helperRegion: { select: { id: true, name: true, path: true } } },
  });
  return [...new Map(pairings.map((p) => [p.helperRegion.id, p.helperRegion])).values()];
}

export type AssessmentReports = NonNullable<Awaited<ReturnType<typeof getAssessmentReports>>>;
export type AssessmentReport = AssessmentReports['reports'][number];
