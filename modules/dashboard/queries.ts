// The campaign dashboard's reads: one region of the tree (by default the province, or an official's
// own region) and the regions right below it, each with the same figures. Every read goes through
// the scope of the list it links to (assessments, reports, site visits, checks, findings), so a
// figure never counts a row its list would not show; findings, the large table, are read from their
// tallies (modules/dashboard/finding-tallies.ts), already rolled up by region.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import type { Db } from '@/lib/server/db';
import { weekOf, weeksBefore } from '@/lib/local-week';
import type { Actor } from '@/modules/auth/actor';
import { assessmentScope } from '@/modules/assessments/access';
import { checkScope } from '@/modules/checks/access';
import { subtreeWhere } from '@/modules/regions/access';
import { reportScope } from '@/modules/reports/access';
import { isGroupSide, siteVisitScope } from '@/modules/site-visits/access';
import { canSeeHouseholds } from '@/modules/site-visits/rules';
import { addAssessment, addFindings, addVisit, emptyTally, toFigures, type Tally } from '@/modules/dashboard/figures';
import { readFindingTallies, type RegionFindingCounts } from '@/modules/dashboard/finding-tallies';
import { childHolding, weeklySeries } from '@/modules/dashboard/rules';
import { loadDashboardFrame, type DashboardRegion } from '@/modules/dashboard/frame';

/** Weeks shown in the trend and the burn-down. */
export const TREND_WEEKS = 26;

/** Adds a record at `path` to the total and to the child region that holds it. */
function tallier(children: readonly DashboardRegion[]) {
  const total = emptyTally();
  const byChild = new Map(children.map((c) => [c.id, emptyTally()]));
  return {
    total,
    byChild,
    add(path: string, apply: (t: Tally) => void) {
      apply(total);
      const child = childHolding(children, path);
      if (child) apply(byChild.get(child.id)!);
    },
  };
}

export async function getDashboard(db: Db, actor: Actor, campaignId: string, regionId: string | null, now: Date) {
  const frame = await loadDashboardFrame(db, actor, campaignId, regionId);
  if (!frame) return null;
  const { region, children, campaignAssessmentIds } = frame;
  const tally = tallier(children);
  const inRegion = subtreeWhere(region.path);
  const inCampaign = { in: campaignAssessmentIds };

  const inScope: Prisma.AssessmentWhereInput = { AND: [{ campaignId }, assessmentScope(actor, 'assessment.read'), { targetRegion: inRegion }] };
  const since = new Date(`${weeksBefore(weekOf(now), TREND_WEEKS - 1)}T00:00:00Z`);
  const [assessments, , , weeks] = await Promise.all([
    db.assessment.findMany({
      where: inScope,
      orderBy: [{ group: { number: 'asc' } }],
      select: { id: true, status: true, group: { select: { id: true, number: true, name: true } }, targetRegion: { select: { path: true } } },
    }),
    addReports(db, actor, tally, inCampaign, inRegion, inScope),
    addVisits(db, actor, tally, inCampaign, inRegion),
    addFindingCounts(db, actor, tally, frame, now, since),
  ]);
  for (const a of assessments) tally.add(a.targetRegion.path, (t) => addAssessment(t, a.status));

  return {
    ...frame,
    total: toFigures(tally.total),
    children: children.map((child) => ({ region: child, figures: toFigures(tally.byChild.get(child.id)!) })),
    groups: groupRows(assessments),
    weeks: weeklySeries(weeks, weekOf(now), TREND_WEEKS),
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;

type ScopedAssessment = { status: AssessmentStatus; group: { id: string; number: number; name: string } };

/** Assessments by status per group, groups in number order. */
function groupRows(assessments: readonly ScopedAssessment[]) {
  const groups = new Map<string, { id: string; number: number; name: string; byStatus: Tally['assessments'] }>();
  for (const a of assessments) {
    const row = groups.get(a.group.id) ?? { ...a.group, byStatus: {} };
    row.byStatus[a.status] = (row.byStatus[a.status] ?? 0) + 1;
    groups.set(a.group.id, row);
  }
  return [...groups.values()];
}

type Tallier = ReturnType<typeof tallier>;
type IdIn = { in: string[] };

/** Report rows, and the work report of each assessment in scope that nobody has opened yet (still expected). */
async function addReports(db: Db, actor: Actor, tally: Tallier, inCampaign: IdIn, inRegion: Prisma.RegionWhereInput, assessmentsInScope: Prisma.AssessmentWhereInput) {
  const [reports, unopened] = await Promise.all([
    db.workReport.findMany({
      where: { AND: [{ assessmentId: inCampaign }, reportScope(actor), { reportingRegion: inRegion }] },
      select: { status: true, submittedAt: true, deadline: true, reportingRegion: { select: { path: true } } },
    }),
    db.assessment.findMany({
      where: { AND: [assessmentsInScope, { workReports: { none: { kind: 'WORK' } } }] },
      select: { targetRegion: { select: { path: true } } },
    }),
  ]);
  for (const r of reports) tally.add(r.reportingRegion.path, (t) => t.reportRows.push(r));
  for (const a of unopened) tally.add(a.targetRegion.path, (t) => t.reportRows.push({ status: null, submittedAt: null, deadline: null }));
}

async function addVisits(db: Db, actor: Actor, tally: Tallier, inCampaign: IdIn, inRegion: Prisma.RegionWhereInput) {
  const visits = await db.siteVisit.findMany({
    where: { AND: [{ assessmentId: inCampaign }, siteVisitScope(actor), { region: inRegion }] },
    select: { id: true, status: true, region: { select: { path: true } }, assessment: { select: { groupId: true } }, _count: { select: { households: true } } },
  });
  const checks = (extra: Prisma.HouseholdCheckWhereInput) =>
    db.householdCheck.groupBy({
      by: ['siteVisitId'],
      where: { AND: [checkScope(actor), { siteVisitId: { in: visits.map((v) => v.id) }, householdId: { not: null } }, extra] },
      _count: { _all: true },
    });
  const [checked, short] = await Promise.all([checks({}), checks({ flags: { path: ['tooShort'], equals: true } })]);
  const countOf = (rows: typeof checked) => new Map(rows.map((r) => [r.siteVisitId, r._count._all]));
  const [checkedBy, shortBy] = [countOf(checked), countOf(short)];
  for (const v of visits) {
    // Which households were drawn is the group's until the visit is done (site-visits/rules.ts).
    const sampled = canSeeHouseholds(isGroupSide(actor, v.assessment.groupId), v.status) ? v._count.households : 0;
    tally.add(v.region.path, (t) => addVisit(t, { status: v.status, sampled, checked: checkedBy.get(v.id) ?? 0, shortChecks: shortBy.get(v.id) ?? 0 }));
  }
}

/** Findings by severity × status, overdue and due this week, for the region shown and each below it; and the weekly counts. */
async function addFindingCounts(db: Db, actor: Actor, tally: Tallier, frame: Parameters<typeof readFindingTallies>[2], now: Date, since: Date) {
  const counts = await readFindingTallies(db, actor, frame, now, since);
  const add = (t: Tally, c: RegionFindingCounts) => {
    for (const g of c.groups) addFindings(t, g);
    t.findings.overdue += c.overdue;
    t.findings.dueThisWeek += c.dueThisWeek;
  };
  add(tally.total, counts.total);
  for (const [childId, c] of counts.byChild) add(tally.byChild.get(childId)!, c);
  return counts.weeks;
}
