// What a report says at one revision: its figures, narrative, details and rule warnings.
// Revision 0 is the officials' working copy (narrative and details on the report row);
// revisions 1… are frozen submissions (WorkReportRevision + the IndicatorValue rows of that revision).
// Callers check the actor's scope first; these helpers only read.
import type { WorkReportStatus } from '@/lib/generated/prisma/enums';
import type { Db, Tx } from '@/lib/server/db';
import type { RevisionSnapshot } from '@/modules/reports/diff';
import { loadCountyFigures, loadPairedDetails, type CountyFiguresRow } from '@/modules/reports/paired-figures';
import { readNarrative } from '@/modules/reports/rules';
import { readWarnings, type RuleWarning } from '@/modules/reports/warnings';
import { figureKey, type ValuePeriod } from '@/modules/reports/values';

export type ReportFigure = { value: string; source: string | null };

export type ReportContent = {
  revision: number;
  /** Keyed `${indicatorId}.${period}`. */
  values: Record<string, ReportFigure>;
  narrative: Record<string, string>;
  /** Paired-assistance figures (PairedAssistanceFigures of this revision). */
  details: Record<string, string>;
  /** Per helped county: given (paired assistance) or received from each helping city (work report). */
  countyFigures: CountyFiguresRow[];
  /** The helped regions (paired assistance), frozen with each revision. */
  scope: { id: string; name: string }[];
  warnings: RuleWarning[];
  submittedAt: Date | null;
  submittedBy: string | null;
};

export const valueKey = (indicatorId: string, period: ValuePeriod) => `${indicatorId}.${period}`;

async function loadValues(db: Db | Tx, reportId: string, revision: number) {
  const rows = await db.indicatorValue.findMany({
    where: { workReportId: reportId, revision },
    select: { indicatorId: true, period: true, value: true, source: true },
  });
  // toFixed() without digits: plain notation, no exponent, no padding zeros.
  return Object.fromEntries(rows.map((r) => [valueKey(r.indicatorId, r.period), { value: r.value.toFixed(), source: r.source }]));
}

async function loadScope(db: Db | Tx, reportId: string, frozenIds: string[] | null) {
  const select = { id: true, name: true } as const;
  if (frozenIds) return db.region.findMany({ where: { id: { in: frozenIds } }, orderBy: { path: 'asc' }, select });
  const rows = await db.workReportScopeRegion.findMany({ where: { workReportId: reportId }, orderBy: { region: { path: 'asc' } }, select: { region: { select } } });
  return rows.map((r) => r.region);
}

/** The content of `revision`, or null when that revision does not exist. */
export async function loadReportContent(
  db: Db | Tx,
  report: { id: string; status: WorkReportStatus; revision: number; narrative: unknown },
  revision: number,
): Promise<ReportContent | null> {
  if (revision === 0) return fromRow(db, report, 0);
  const frozen = await db.workReportRevision.findUnique({
    where: { workReportId_revision: { workReportId: report.id, revision } },
    select: { narrative: true, helpedScope: true, warnings: true, submittedAt: true, submittedBy: { select: { displayName: true } } },
  });
  if (!frozen) {
    // Rows made outside the workflow (seeded, imported) may lack the frozen revision; while the
    // report is submitted or accepted its row still holds exactly what was last submitted.
    const rowIsLatest = revision === report.revision && (report.status === 'SUBMITTED' || report.status === 'ACCEPTED');
    return rowIsLatest ? fromRow(db, report, revision) : null;
  }
  return {
    revision,
    values: await loadValues(db, report.id, revision),
    narrative: readNarrative(frozen.narrative),
    details: await loadPairedDetails(db, report.id, revision),
    countyFigures: await loadCountyFigures(db, report.id, revision),
    scope: await loadScope(db, report.id, frozen.helpedScope),
    warnings: readWarnings(frozen.warnings),
    submittedAt: frozen.submittedAt,
    submittedBy: frozen.submittedBy.displayName,
  };
}

async function fromRow(db: Db | Tx, report: { id: string; narrative: unknown }, revision: number): Promise<ReportContent> {
  // Rows made outside the workflow may hold their figures only in the working copy.
  const details = await loadPairedDetails(db, report.id, revision);
  const countyFigures = await loadCountyFigures(db, report.id, revision);
  return {
    revision,
    values: await loadValues(db, report.id, revision),
    narrative: readNarrative(report.narrative),
    details: Object.keys(details).length > 0 || revision === 0 ? details : await loadPairedDetails(db, report.id, 0),
    countyFigures: countyFigures.length > 0 || revision === 0 ? countyFigures : await loadCountyFigures(db, report.id, 0),
    scope: await loadScope(db, report.id, null),
    warnings: [],
    submittedAt: null,
    submittedBy: null,
  };
}

/** Content keyed by indicator code, as the revision difference and rule expressions name figures. */
export function toSnapshot(content: ReportContent, codeOf: ReadonlyMap<string, string>): RevisionSnapshot {
  const values: RevisionSnapshot['values'] = {};
  for (const [key, figure] of Object.entries(content.values)) {
    const [indicatorId, period] = key.split('.') as [string, ValuePeriod];
    const code = codeOf.get(indicatorId);
    if (code) values[figureKey(code, period)] = figure;
  }
  const county: Record<string, string> = {};
  for (const row of content.countyFigures) {
    for (const [key, value] of Object.entries(row.figures)) county[`${row.helperName}/${row.countyName}/${key}`] = value;
  }
  return { values, narrative: content.narrative, details: content.details, county, scope: content.scope.map((r) => r.name) };
}
