// The difference between two revisions of a report the actor may see. By default the latest
// submission against the one before it. Officials editing a returned report may also compare
// their working copy (revision 0) with the last submission.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canWriteReport, reportScope } from '@/modules/reports/access';
import { loadReportContent, toSnapshot } from '@/modules/reports/content';
import { diffRevisions } from '@/modules/reports/diff';
import { findCampaignIndicators } from '@/modules/reports/queries';
import { isReportEditable } from '@/modules/reports/rules';

export async function getReportDiff(db: Db, actor: Actor, id: string, requested: { from?: number; to?: number } = {}) {
  const report = await db.workReport.findFirst({
    where: { AND: [{ id }, reportScope(actor)] },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      revision: true,
      narrative: true,
      reportingRegion: { select: { name: true, path: true } },
      assessment: { select: { id: true, campaign: { select: { id: true } } } },
      revisions: { orderBy: { revision: 'asc' }, select: { revision: true, submittedAt: true } },
    },
  });
  if (!report) return null;
  const workingAllowed = canWriteReport(actor, report) && isReportEditable(report.status) && report.revision > 0;
  const to = requested.to ?? report.revision;
  const from = requested.from ?? (to === 0 ? report.revision : to - 1);
  const valid = to === 0 ? workingAllowed && from >= 1 && from <= report.revision : from >= 1 && from < to && to <= report.revision;
  const indicators = await findCampaignIndicators(db, report.assessment.campaign.id);
  const base = { report, indicators, from, to, workingAllowed };
  // Fewer than two revisions (and no working copy), or a pair that cannot be compared.
  if (!valid) return { ...base, changes: null };
  const before = await loadReportContent(db, report, from);
  const after = await loadReportContent(db, report, to);
  if (!before || !after) return null;
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  return { ...base, changes: diffRevisions(toSnapshot(before, codeOf), toSnapshot(after, codeOf)) };
}

export type ReportDiff = NonNullable<Awaited<ReturnType<typeof getReportDiff>>>;
