// How the campaign dashboard counts: reporting and on-time rates (as DHIS2 counts them: reports
// received ÷ reports expected), the week a moment falls in, the weekly trend of findings and the
// rectification burn-down, and which region below the one shown a record counts towards.
import type { WorkReportStatus } from '@/lib/generated/prisma/enums';
import { toLocalDateInput } from '@/lib/local-time';

const DAY_MS = 24 * 60 * 60 * 1000;

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

/** The Monday ('YYYY-MM-DD', in the assessment's zone) of the week an instant falls in. */
export function weekOf(instant: Date): string {
  return mondayOf(toLocalDateInput(instant));
}

/** The Monday of a calendar day's week ('YYYY-MM-DD' in, 'YYYY-MM-DD' out). */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** This week's Monday and Sunday as calendar dates (UTC midnights, the form of a @db.Date such as dueDate). */
export function weekBounds(now: Date): { monday: Date; sunday: Date } {
  const monday = new Date(`${weekOf(now)}T00:00:00Z`);
  return { monday, sunday: new Date(monday.getTime() + 6 * DAY_MS) };
}

/** Every Monday from `first` to `last` inclusive. */
export function weeksFrom(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let t = new Date(`${first}T00:00:00Z`).getTime(); t <= new Date(`${last}T00:00:00Z`).getTime(); t += 7 * DAY_MS) {
    weeks.push(new Date(t).toISOString().slice(0, 10));
  }
  return weeks;
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
