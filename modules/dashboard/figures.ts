// The figures the campaign dashboard shows for one region (the one shown, or each region below it),
// and how a counted record adds to them. Pure: the queries collect rows, these add them up.
import type { AssessmentStatus, FindingSeverity, FindingStatus, SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { countReports, type ExpectedReport, type ReportFigures } from '@/modules/dashboard/rules';

export type FindingFigures = {
  /** severity → status → count */
  bySeverity: Partial<Record<FindingSeverity, Partial<Record<FindingStatus, number>>>>;
  total: number;
  overdue: number;
  dueThisWeek: number;
  closed: number;
  appealsOpen: number;
};

export type VisitFigures = { planned: number; done: number; sampled: number; checked: number; shortChecks: number };

export type Figures = {
  assessments: Partial<Record<AssessmentStatus, number>>;
  reports: ReportFigures;
  visits: VisitFigures;
  findings: FindingFigures;
};

/** The mutable tally behind Figures: reports are kept as rows until the end (rates need them). */
export type Tally = Omit<Figures, 'reports'> & { reportRows: ExpectedReport[] };

export function emptyTally(): Tally {
  return {
    assessments: {},
    reportRows: [],
    visits: { planned: 0, done: 0, sampled: 0, checked: 0, shortChecks: 0 },
    findings: { bySeverity: {}, total: 0, overdue: 0, dueThisWeek: 0, closed: 0, appealsOpen: 0 },
  };
}

export function addAssessment(t: Tally, status: AssessmentStatus): void {
  t.assessments[status] = (t.assessments[status] ?? 0) + 1;
}

export function addVisit(t: Tally, visit: { status: SiteVisitStatus; sampled: number; checked: number; shortChecks: number }): void {
  t.visits.planned += 1;
  if (visit.status === 'DONE') t.visits.done += 1;
  t.visits.sampled += visit.sampled;
  t.visits.checked += visit.checked;
  t.visits.shortChecks += visit.shortChecks;
}

export function addFindings(t: Tally, group: { severity: FindingSeverity; status: FindingStatus; count: number }): void {
  const row = (t.findings.bySeverity[group.severity] ??= {});
  row[group.status] = (row[group.status] ?? 0) + group.count;
  t.findings.total += group.count;
  if (group.status === 'CLOSED') t.findings.closed += group.count;
  if (group.status === 'APPEALED') t.findings.appealsOpen += group.count;
}

export function toFigures({ reportRows, ...rest }: Tally): Figures {
  return { ...rest, reports: countReports(reportRows) };
}
