// The figures a region reported in its WORK report of an assessment, as the results set them beside what was
// verified: the newest submitted revision (which is the accepted one once the report is accepted; a draft being
// reworked after a return still counts by its last submission). Per indicator the THIS_YEAR value, or the
// CUMULATIVE one when the region gave no THIS_YEAR value (indicators such as "villages lifted out" are often only
// reported cumulatively). Decimal text is kept as stored.
import type { Tx } from '@/lib/server/db';

export type ReportedFigures = Map<string, string>;

export async function findReportedFigures(tx: Tx, assessmentId: string, regionIds: readonly string[]): Promise<Map<string, ReportedFigures>> {
  const reports = await tx.workReport.findMany({
    where: { assessmentId, kind: 'WORK', reportingRegionId: { in: [...regionIds] }, revision: { gte: 1 } },
    select: { id: true, reportingRegionId: true, revision: true },
  });
  const byRegion = new Map<string, ReportedFigures>();
  for (const report of reports) {
    const values = await tx.indicatorValue.findMany({
      where: { workReportId: report.id, revision: report.revision, period: { in: ['THIS_YEAR', 'CUMULATIVE'] } },
      select: { indicatorId: true, period: true, value: true },
    });
    const figures: ReportedFigures = new Map();
    for (const v of values) if (v.period === 'CUMULATIVE') figures.set(v.indicatorId, v.value.toString());
    for (const v of values) if (v.period === 'THIS_YEAR') figures.set(v.indicatorId, v.value.toString());
    byRegion.set(report.reportingRegionId, figures);
  }
  return byRegion;
}
