// A campaign's findings under the regions a dashboard shows, read from the tallies that triggers on
// Finding keep in the same transaction as every change (migration 20261206100000_finding_tallies):
// each region holds counts of everything below it, so the figures cost a few rows per region shown,
// however many findings there are. A key's count is the sum of its rows (writers append
// differences). The tallies count everything; the scope and the rules (what is overdue, what the
// burn-down counts) are applied here to their rows.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FindingDayKind, FindingSeverity, FindingStatus } from '@/lib/generated/prisma/enums';
import { localCalendarDate } from '@/lib/local-time';
import { weekBounds } from '@/lib/local-week';
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { findGroupAssessmentIds, findingScopeParts } from '@/modules/findings/access';
import { RECTIFYING_STATUSES, REGION_VISIBLE_STATUSES } from '@/modules/findings/rules';
import { isWithin } from '@/modules/regions/access';
import type { WeekCounts } from '@/modules/dashboard/rules';

type Region = { id: string; path: string };
type TallyRow = { regionId: string; assessmentId: string; status: FindingStatus; n: number };
type SeverityRow = TallyRow & { severity: FindingSeverity; withDueDate: number };
type DayRow = TallyRow & { kind: FindingDayKind; day: Date };

/** Whose findings the actor sees: all, or those of its groups' assessments and, from issue on, of its regions. */
export type TallyScope = { all: boolean; groupAssessmentIds: ReadonlySet<string>; regionPaths: readonly string[] };

export async function loadTallyScope(db: Db, actor: Actor): Promise<TallyScope> {
  const { all, regionPaths } = findingScopeParts(actor);
  // A region inside another of the actor's regions adds nothing (and would count twice).
  const outermost = regionPaths.filter((p, i) => !regionPaths.some((q, j) => j !== i && isWithin(p, q) && (p !== q || j < i)));
  return { all, groupAssessmentIds: new Set(all ? [] : await findGroupAssessmentIds(db, actor)), regionPaths: outermost };
}

/**
 * Where the findings the actor sees under `shown` are counted: at `shown` itself for its groups'
 * assessments; for its regions, at `shown` when that lies inside one of them, else at each of them
 * that lies inside `shown` (counts at `shown` would include regions the actor does not see).
 */
export function tallyPlaces(scope: TallyScope, shown: Region, regionIdOf: ReadonlyMap<string, string>) {
  if (scope.all) return { group: [shown.id], region: [] as string[] };
  const region = scope.regionPaths.some((p) => isWithin(shown.path, p))
    ? [shown.id]
    : scope.regionPaths.filter((p) => isWithin(p, shown.path)).flatMap((p) => regionIdOf.get(p) ?? []);
  return { group: [shown.id], region };
}

/** The tally rows that count exactly the findings the actor sees under `shown`. */
export function rowsSeenUnder<T extends TallyRow>(rows: readonly T[], scope: TallyScope, shown: Region, regionIdOf: ReadonlyMap<string, string>): T[] {
  if (scope.all) return rows.filter((r) => r.regionId === shown.id);
  const places = tallyPlaces(scope, shown, regionIdOf);
  const visible: readonly string[] = REGION_VISIBLE_STATUSES;
  return rows.filter((r) =>
    scope.groupAssessmentIds.has(r.assessmentId)
      ? places.group.includes(r.regionId)
      : places.region.includes(r.regionId) && visible.includes(r.status),
  );
}

export type RegionFindingCounts = {
  groups: { severity: FindingSeverity; status: FindingStatus; count: number }[];
  overdue: number;
  dueThisWeek: number;
};

const sum = (rows: readonly { n: number }[]) => rows.reduce((total, r) => total + r.n, 0);
const rectifying: readonly string[] = RECTIFYING_STATUSES;

/**
 * Severity × status, overdue and due this week, from the rows seen under one region. Overdue is
 * every rectifying finding with a due date less those due today or later, so past due dates,
 * however many, are never read one by one. `dueFromToday` and `dueThisWeek` are rectifying only.
 */
export function regionCounts(rows: readonly SeverityRow[], dueFromToday: readonly TallyRow[], dueThisWeek: readonly TallyRow[]): RegionFindingCounts {
  const groups = new Map<string, RegionFindingCounts['groups'][number]>();
  for (const r of rows) {
    const key = `${r.severity}/${r.status}`;
    const group = groups.get(key) ?? { severity: r.severity, status: r.status, count: 0 };
    group.count += r.n;
    groups.set(key, group);
  }
  const withDueDate = rows.filter((r) => rectifying.includes(r.status)).reduce((total, r) => total + r.withDueDate, 0);
  return {
    groups: [...groups.values()].filter((g) => g.count !== 0),
    overdue: withDueDate - sum(dueFromToday),
    dueThisWeek: sum(dueThisWeek),
  };
}

/** Per week: recorded (any status), issued (not withdrawn since) and closed (still closed). */
export function weekCounts(rows: readonly DayRow[]): WeekCounts[] {
  const weeks = new Map<string, WeekCounts>();
  for (const r of rows) {
    const counted =
      r.kind === 'OPENED' ? 'opened' : r.kind === 'ISSUED' && r.status !== 'WITHDRAWN' ? 'issued' : r.kind === 'CLOSED' && r.status === 'CLOSED' ? 'closed' : null;
    if (!counted) continue;
    const week = r.day.toISOString().slice(0, 10);
    const entry = weeks.get(week) ?? { week, opened: 0, closed: 0, issued: 0 };
    entry[counted] += r.n;
    weeks.set(week, entry);
  }
  return [...weeks.values()];
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The counts for the region shown and each region below it, and the weekly counts of the region
 * shown from the week `since` on (with all earlier weeks as one, the week before it, so that a
 * burn-down still counts them): indexed reads of the tallies that the database sums, a few rows per
 * region and status, however many findings and days there are.
 */
export async function readFindingTallies(
  db: Db,
  actor: Actor,
  frame: { campaignAssessmentIds: string[]; region: Region; children: readonly Region[] },
  now: Date,
  since: Date,
) {
  const scope = await loadTallyScope(db, actor);
  const officialRegions = scope.regionPaths.length === 0 ? [] : await db.region.findMany({ where: { path: { in: [...scope.regionPaths] } }, select: { id: true, path: true } });
  const regionIdOf = new Map(officialRegions.map((r) => [r.path, r.id]));
  const places = (shown: Region) => {
    const { group, region } = tallyPlaces(scope, shown, regionIdOf);
    return [...group, ...region];
  };
  const read = { in: [...new Set([frame.region, ...frame.children].flatMap(places))] };
  const assessmentId = { in: frame.campaignAssessmentIds };
  const { monday, sunday } = weekBounds(now);
  // The assessment matters only to tell the actor's groups' findings from its regions' ones: without
  // groups, the database sums across a campaign's assessments (a province's 21 made 9,900 weekly rows).
  const keys = <K extends string>(...by: K[]): (K | 'assessmentId')[] => (scope.groupAssessmentIds.size > 0 ? [...by, 'assessmentId'] : by);
  const due = (day: Prisma.DateTimeFilter) =>
    db.findingDayTally
      .groupBy({ by: keys('regionId', 'status'), where: { regionId: read, assessmentId, kind: 'DUE', day, status: { in: [...RECTIFYING_STATUSES] } }, _sum: { n: true } })
      .then((rows) => rows.map(({ _sum, ...key }) => ({ ...key, assessmentId: key.assessmentId ?? '', n: _sum.n ?? 0 })));
  const weekly = { regionId: { in: places(frame.region) }, assessmentId, kind: { in: ['OPENED', 'ISSUED', 'CLOSED'] satisfies FindingDayKind[] } };
  const [severityRows, dueFromToday, dueThisWeek, recentWeeks, earlierWeeks] = await Promise.all([
    db.findingTally
      .groupBy({ by: keys('regionId', 'severity', 'status'), where: { regionId: read, assessmentId }, _sum: { n: true, withDueDate: true } })
      .then((rows) => rows.map(({ _sum, ...key }) => ({ ...key, assessmentId: key.assessmentId ?? '', n: _sum.n ?? 0, withDueDate: _sum.withDueDate ?? 0 }))),
    due({ gte: localCalendarDate(now) }),
    due({ gte: monday, lte: sunday }),
    db.findingDayTally
      .groupBy({ by: keys('regionId', 'kind', 'day', 'status'), where: { ...weekly, day: { gte: since } }, _sum: { n: true } })
      .then((rows) => rows.map(({ _sum, ...key }) => ({ ...key, assessmentId: key.assessmentId ?? '', n: _sum.n ?? 0 }))),
    db.findingDayTally
      .groupBy({ by: keys('regionId', 'kind', 'status'), where: { ...weekly, day: { lt: since } }, _sum: { n: true } })
      .then((rows) => rows.map(({ _sum, ...key }) => ({ ...key, assessmentId: key.assessmentId ?? '', day: new Date(since.getTime() - WEEK_MS), n: _sum.n ?? 0 }))),
  ]);
  const seen = <T extends TallyRow>(rows: readonly T[], shown: Region) => rowsSeenUnder(rows, scope, shown, regionIdOf);
  const countsOf = (shown: Region) => regionCounts(seen(severityRows, shown), seen(dueFromToday, shown), seen(dueThisWeek, shown));
  return {
    total: countsOf(frame.region),
    byChild: new Map(frame.children.map((child) => [child.id, countsOf(child)])),
    weeks: weekCounts(seen([...earlierWeeks, ...recentWeeks], frame.region)),
  };
}
