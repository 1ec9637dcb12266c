// Every dashboard figure against a count written here in SQL, on the demo campaign (plus a few
// findings) and on a campaign of two groups made for this file.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { getDashboard, type Dashboard } from '@/modules/dashboard/queries';
import { makeFinding } from '@/modules/findings/test-support';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createFinding } from '@/seeds/factories/findings';
import { createUser } from '@/seeds/factories/users';

// A Wednesday: its week runs from Monday 2030-12-30 to Sunday 2031-01-05.
const NOW = new Date('2031-01-01T04:00:00Z');
const VISIBLE = `('ISSUED','APPEALED','PLAN_SUBMITTED','PROOF_SUBMITTED','CLOSED','WITHDRAWN')`;
const RECTIFYING = `('ISSUED','APPEALED','PLAN_SUBMITTED','PROOF_SUBMITTED')`;

let demo: Demo;

async function count(sql: string, ...params: unknown[]): Promise<number> {
  const rows = await getDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, ...params);
  return rows[0]!.n;
}

/** The findings of a campaign under a region path, with an extra SQL condition on f. */
const findings = (campaignId: string, path: string, extra = 'TRUE') =>
  count(`"Finding" f JOIN "Region" r ON r.id = f."regionId" JOIN "Assessment" a ON a.id = f."assessmentId"
         WHERE a."campaignId" = $1 AND r.path LIKE $2 || '%' AND ${extra}`, campaignId, path);

async function findingOracle(campaignId: string, path: string, scope = 'TRUE') {
  const of = (extra: string) => findings(campaignId, path, `${scope} AND ${extra}`);
  return {
    total: await of('TRUE'),
    overdue: await of(`f.status IN ${RECTIFYING} AND f."dueDate" < DATE '2031-01-01'`),
    dueThisWeek: await of(`f.status IN ${RECTIFYING} AND f."dueDate" BETWEEN DATE '2030-12-30' AND DATE '2031-01-05'`),
    closed: await of(`f.status = 'CLOSED'`),
    appealsOpen: await of(`f.status = 'APPEALED'`),
    criticalIssued: await of(`f.severity = 'CRITICAL' AND f.status = 'ISSUED'`),
    generalPlan: await of(`f.severity = 'GENERAL' AND f.status = 'PLAN_SUBMITTED'`),
  };
}

function findingFigures(d: Dashboard['total']) {
  const f = d.findings;
  return {
    total: f.total,
    overdue: f.overdue,
    dueThisWeek: f.dueThisWeek,
    closed: f.closed,
    appealsOpen: f.appealsOpen,
    criticalIssued: f.bySeverity.CRITICAL?.ISSUED ?? 0,
    generalPlan: f.bySeverity.GENERAL?.PLAN_SUBMITTED ?? 0,
  };
}

const dashboardOf = async (user: { id: string }, campaignId: string, regionId: string | null = null) =>
  (await getDashboard(getDb(), await actorOf(user), campaignId, regionId, NOW))!;

beforeAll(async () => {
  demo = await loadDemo();
  await makeFinding(demo, 'PLAN_SUBMITTED'); // plan due 2030-06-30: overdue on NOW
  await makeFinding(demo, 'APPEALED', { county: 'Huaiji' });
  const dueSoon = await makeFinding(demo, 'PROOF_SUBMITTED');
  await getDb().finding.update({ where: { id: dueSoon.id }, data: { dueDate: new Date('2031-01-05T00:00:00Z') } });
  await createFinding(getDb(), {
    assessmentId: demo.scenario.assessment.id, regionId: demo.regions.counties.Fengkai!.id, createdById: demo.users.assessor.id,
    title: 'dashboard: recorded this week', status: 'ISSUED', severity: 'CRITICAL', createdAt: new Date('2030-12-31T02:00:00Z'),
  });
});

describe('the campaign dashboard, admin', () => {
  it('counts findings of the province and of each region below as direct counts do', async () => {
    const campaignId = demo.scenario.campaign.id;
    const d = await dashboardOf(demo.users.admin, campaignId);
    expect(d.region.id).toBe(demo.regions.guangdong.id);
    expect(findingFigures(d.total)).toEqual(await findingOracle(campaignId, demo.regions.guangdong.path));
    const zhaoqing = d.children.find((c) => c.region.id === demo.regions.zhaoqing.id)!;
    expect(findingFigures(zhaoqing.figures)).toEqual(await findingOracle(campaignId, demo.regions.zhaoqing.path));
    expect(d.total.findings.overdue).toBeGreaterThan(0);
    expect(d.total.findings.dueThisWeek).toBeGreaterThan(0);
  });

  it('drills to Zhaoqing: its counties each get their own counts', async () => {
    const campaignId = demo.scenario.campaign.id;
    const d = await dashboardOf(demo.users.admin, campaignId, demo.regions.zhaoqing.id);
    expect(d.trail.map((r) => r.id)).toEqual([demo.regions.guangdong.id, demo.regions.zhaoqing.id]);
    const fengkai = d.children.find((c) => c.region.id === demo.regions.counties.Fengkai!.id)!;
    expect(findingFigures(fengkai.figures)).toEqual(await findingOracle(campaignId, demo.regions.counties.Fengkai!.path));
  });

  it('counts assessments, reports, visits and checks as direct counts do', async () => {
    const campaignId = demo.scenario.campaign.id;
    const { total } = await dashboardOf(demo.users.admin, campaignId);
    const reports = (extra: string) => count(`"WorkReport" w JOIN "Assessment" a ON a.id = w."assessmentId" WHERE a."campaignId" = $1 AND ${extra}`, campaignId);
    const unopened = await count(`"Assessment" a WHERE a."campaignId" = $1 AND NOT EXISTS (SELECT 1 FROM "WorkReport" w WHERE w."assessmentId" = a.id AND w.kind = 'WORK')`, campaignId);
    expect(total.reports).toEqual({
      expected: (await reports('TRUE')) + unopened,
      submitted: await reports('w."submittedAt" IS NOT NULL'),
      onTime: await reports('w."submittedAt" IS NOT NULL AND (w.deadline IS NULL OR w."submittedAt" <= w.deadline)'),
      returned: await reports(`w.status = 'RETURNED'`),
      accepted: await reports(`w.status = 'ACCEPTED'`),
    });
    const visits = (from: string, extra = 'TRUE') =>
      count(`${from} JOIN "SiteVisit" v ON v.id = x."siteVisitId" JOIN "Assessment" a ON a.id = v."assessmentId" WHERE a."campaignId" = $1 AND ${extra}`, campaignId);
    expect(total.visits).toEqual({
      planned: await count(`"SiteVisit" v JOIN "Assessment" a ON a.id = v."assessmentId" WHERE a."campaignId" = $1`, campaignId),
      done: await count(`"SiteVisit" v JOIN "Assessment" a ON a.id = v."assessmentId" WHERE a."campaignId" = $1 AND v.status = 'DONE'`, campaignId),
      sampled: await visits('"SiteVisitHousehold" x'),
      checked: await visits('"HouseholdCheck" x', 'x."householdId" IS NOT NULL'),
      shortChecks: await visits('"HouseholdCheck" x', `x."householdId" IS NOT NULL AND x.flags->>'tooShort' = 'true'`),
    });
    expect(total.visits.checked).toBeGreaterThan(0);
    const assessments = await getDb().$queryRawUnsafe<{ status: string; n: number }[]>(
      `SELECT status::text, count(*)::int AS n FROM "Assessment" WHERE "campaignId" = $1 GROUP BY 1`, campaignId);
    expect(total.assessments).toEqual(Object.fromEntries(assessments.map((a) => [a.status, a.n])));
  });

  it("the week's trend and burn-down match the findings' own dates", async () => {
    const campaignId = demo.scenario.campaign.id;
    const d = await dashboardOf(demo.users.admin, campaignId);
    const last = d.weeks.at(-1)!;
    expect(last.week).toBe('2030-12-30');
    const all = demo.regions.guangdong.path;
    expect(last.opened).toBe(await findings(campaignId, all, `f."createdAt" >= TIMESTAMPTZ '2030-12-30 00:00+08' AND f."createdAt" < TIMESTAMPTZ '2031-01-06 00:00+08'`));
    expect(last.opened).toBeGreaterThan(0);
    const issued = await findings(campaignId, all, `f."issuedAt" IS NOT NULL AND f."issuedAt" < TIMESTAMPTZ '2031-01-06 00:00+08' AND f.status <> 'WITHDRAWN'`);
    const closed = await findings(campaignId, all, `f.status = 'CLOSED' AND f."closedAt" < TIMESTAMPTZ '2031-01-06 00:00+08'`);
    expect(last.remaining).toBe(issued - closed);
  });
});

describe('the campaign dashboard, scoped', () => {
  it("shows a county official their county's part, and their own county again when asked for a region above or beside it", async () => {
    const campaignId = demo.scenario.campaign.id;
    const fengkai = demo.regions.counties.Fengkai!;
    const own = await dashboardOf(demo.users.fengkaiOfficial, campaignId);
    expect(own.region.id).toBe(fengkai.id);
    expect(own.trail.map((r) => r.id)).toEqual([fengkai.id]); // no way up to regions they do not see
    const expected = await findingOracle(campaignId, fengkai.path, `f.status IN ${VISIBLE}`);
    expect(findingFigures(own.total)).toEqual(expected);
    expect(own.total.visits.planned).toBe(
      await count(`"SiteVisit" v JOIN "Region" r ON r.id = v."regionId" JOIN "Assessment" a ON a.id = v."assessmentId" WHERE a."campaignId" = $1 AND r.path LIKE $2 || '%'`, campaignId, fengkai.path),
    );
    expect(own.groups).toEqual([]); // the city's assessment is not the county's
    for (const elsewhere of [demo.regions.guangdong.id, demo.regions.counties.Huaiji!.id]) {
      const d = await dashboardOf(demo.users.fengkaiOfficial, campaignId, elsewhere);
      expect(d.region.id).toBe(fengkai.id);
      expect(findingFigures(d.total)).toEqual(expected);
    }
  });

  it('opens for an admin on a campaign with no assessments yet, at the top of the region tree', async () => {
    const campaign = await createCampaign(getDb(), { status: 'DRAFT' });
    const d = await dashboardOf(demo.users.admin, campaign.id);
    expect(d.region.path.split('/').filter(Boolean)).toHaveLength(1); // a region without a parent
    expect(d.total.findings.total).toBe(0);
    expect(d.total.assessments).toEqual({});
    expect(await getDashboard(getDb(), await actorOf(demo.users.leader), campaign.id, null, NOW)).toBeNull();
  });

  it('shows a group leader only his group, and no campaign he has no part in', async () => {
    const campaign = await createCampaign(getDb(), { status: 'ACTIVE' });
    const [leaderA, leaderB] = [await createUser(getDb()), await createUser(getDb())];
    const groupA = await createGroup(getDb(), { campaignId: campaign.id, leaderId: leaderA.id });
    const groupB = await createGroup(getDb(), { campaignId: campaign.id, leaderId: leaderB.id });
    const a = await createAssessment(getDb(), { campaignId: campaign.id, groupId: groupA.id, targetRegionId: demo.regions.zhaoqing.id });
    const b = await createAssessment(getDb(), { campaignId: campaign.id, groupId: groupB.id, targetRegionId: demo.regions.shanwei.id });
    const make = (assessmentId: string, regionId: string, n: number) =>
      Promise.all(Array.from({ length: n }, (_, i) => createFinding(getDb(), { assessmentId, regionId, createdById: demo.users.assessor.id, title: `g ${assessmentId} ${i}`, status: 'ISSUED' })));
    await make(a.id, demo.regions.counties.Fengkai!.id, 3);
    await make(b.id, demo.regions.shanwei.id, 2);

    const seenByA = await dashboardOf(leaderA, campaign.id);
    expect(seenByA.total.findings.total).toBe(await count(`"Finding" WHERE "assessmentId" = $1`, a.id));
    expect(seenByA.total.findings.total).toBe(3);
    expect(seenByA.groups.map((g) => g.id)).toEqual([groupA.id]);
    expect((await dashboardOf(demo.users.admin, campaign.id)).total.findings.total).toBe(5);
    expect(await getDashboard(getDb(), await actorOf(demo.users.leader), campaign.id, null, NOW)).toBeNull();
  });
});
