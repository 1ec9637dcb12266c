// How the campaign dashboard counts: reporting and on-time rates (as DHIS2 counts them: reports
// received ÷ reports expected), the weekly trend of findings and the
// rectification burn-down, and which region below the one shown a record counts towards.
import type { WorkReportStatus } from '@/lib/generated/prisma/enums';
import { weeksFrom } from '@/lib/local-week';

/** A report the campaign expects: a row, or an assessment's work report nobody has opened yet (status null). */
export type ExpectedReport = { status: WorkReportStatus | null; submittedAt: Date | null; deadline: Date | null };

export type ReportFigures = { expected: number; submitted: number; onTime: number; returned: number; accepted: number };

/** Submitted at least once: a returned or accepted report was submitted before it was answered. */
export function isSubmitted(report: ExpectedReport): boolean {
  return report.submittedAt !== null;
}

/** On time: (last) submitted no later than the deadline; a report without a deadline is on time when submitted. */
export function isOnTime(report: ExpectedReport): boolean {
  return report.submittedAt !== null && (report.deadline === null || report.submittedAt.getTime() <= report.deadline.getTime());
}

export function countReports(reports: readonly ExpectedReport[]): ReportFigures {
  return {
    expected: reports.length,
    submitted: reports.filter(isSubmitted).length,
    onTime: reports.filter(isOnTime).length,
    returned: reports.filter((r) => r.status === 'RETURNED').length,
    accepted: reports.filter((r) => r.status === 'ACCEPTED').length,
  };
}

/** A percentage with one decimal, or null when nothing is expected (no rate rather than 0 % or 100 %). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

/** Findings per week: recorded (opened), closed, and issued to a region for rectification (not withdrawn). */
export type WeekCounts = { week: string; opened: number; closed: number; issued: number };

export type WeekPoint = { week: string; opened: number; closed: number; remaining: number };

/**
 * The weekly trend up to the current week, with the rectifications still open at the end of each
 * week (issued so far − closed so far: the burn-down). Counts before the first shown week still
 * count towards `remaining`; only the last `shown` weeks are returned.
 */
export function weeklySeries(counts: readonly WeekCounts[], currentWeek: string, shown: number): WeekPoint[] {
  const byWeek = new Map(counts.map((c) => [c.week, c]));
  const first = counts.reduce((min, c) => (c.week < min ? c.week : min), currentWeek);
  let remaining = 0;
  const points = weeksFrom(first, currentWeek).map((week) => {
    const c = byWeek.get(week);
    remaining += (c?.issued ?? 0) - (c?.closed ?? 0);
    return { week, opened: c?.opened ?? 0, closed: c?.closed ?? 0, remaining };
  });
  return points.slice(-shown);
}

/** The region among `children` (paths ending in '/') whose subtree holds `path`, or null if none does. */
export function childHolding<T extends { path: string }>(children: readonly T[], path: string): T | null {
  return children.find((child) => path.startsWith(child.path)) ?? null;
}
