import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { FindingSeverity, FindingStatus } from '@/lib/generated/prisma/enums';
import { findFilterRegions } from '@/modules/findings/form-queries';
import { countOverdueFindings, findFindingsPage, type FindingListRow } from '@/modules/findings/list-query';
import { parseFindingListParams, type FindingListParams, type SearchParams } from '@/modules/findings/list-params';
import { REGION_VISIBLE_STATUSES, SEVERITY_ORDER } from '@/modules/findings/rules';
import { actorOf, loadDemo } from '@/scripts/test/demo-fixture';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createRectification } from '@/seeds/factories/findings';
import { createRegion, type RegionRef } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

const TOTAL = 137;
const NOW = new Date('2019-06-01T04:00:00Z');
let assessmentId: string;
let regions: Record<'city' | 'countyA' | 'townA' | 'villageA' | 'countyB' | 'villageB', RegionRef>;
let users: Record<'leader' | 'officialA' | 'stranger', { id: string }>;

beforeAll(async () => {
  const demo = await loadDemo();
  const db = getDb();
  const city = await createRegion(db, { name: '分页市', level: 'CITY', parent: demo.regions.guangdong });
  const countyA = await createRegion(db, { name: '甲县', level: 'COUNTY', parent: city });
  const townA = await createRegion(db, { name: '甲镇', level: 'TOWN', parent: countyA });
  const villageA = await createRegion(db, { name: '甲村', level: 'VILLAGE', parent: townA });
  const countyB = await createRegion(db, { name: '乙县', level: 'COUNTY', parent: city });
  const villageB = await createRegion(db, { name: '乙村', level: 'VILLAGE', parent: countyB });
  regions = { city, countyA, townA, villageA, countyB, villageB };
  const leader = await createUser(db, {});
  const campaign = await createCampaign(db, {});
  const group = await createGroup(db, { campaignId: campaign.id, number: 1, leaderId: leader.id });
  assessmentId = (await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: city.id })).id;
  users = {
    leader,
    officialA: await createUser(db, { roles: [{ role: 'OFFICIAL', regionId: countyA.id }] }),
    stranger: await createUser(db, { roles: [{ role: 'ASSESSOR', groupId: (await createGroup(db, { campaignId: campaign.id, number: 2 })).id }] }),
  };
  const statuses = Object.values(FindingStatus);
  const severities = Object.values(FindingSeverity);
  const places = Object.values(regions);
  // Three findings per second: the id breaks the ties in createdAt.
  await db.finding.createMany({
    data: Array.from({ length: TOTAL }, (_, i) => ({
      assessmentId,
      regionId: places[i % places.length]!.id,
      createdById: leader.id,
      title: `第${i}条`,
      description: '分页测试',
      category: i % 2 === 0 ? ('FUND_MANAGEMENT' as const) : ('TARGETED_ASSISTANCE' as const),
      severity: severities[i % severities.length]!,
      status: statuses[i % statuses.length]!,
      createdAt: new Date(Date.UTC(2019, 1, 18, 0, 0, Math.floor(i / 3))),
    })),
  });
  const planned = await db.finding.findMany({ where: { assessmentId, status: { in: ['PLAN_SUBMITTED', 'CLOSED'] } }, select: { id: true }, orderBy: { id: 'asc' } });
  for (const [i, f] of planned.entries()) {
    await createRectification(db, { findingId: f.id, leadUnit: '县扶贫办', measures: '整改', personInCharge: '某人', deadline: i % 2 === 0 ? '2019-05-01' : '2019-07-01' });
  }
});

async function everyPage(user: { id: string }, search: SearchParams, pageSize = 10): Promise<FindingListRow[]> {
  const actor = await actorOf(user);
  const rows: FindingListRow[] = [];
  let params: FindingListParams = parseFindingListParams({ assessment: assessmentId, ...search });
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await findFindingsPage(getDb(), actor, params, { pageSize, now: NOW });
    expect(page.rows.length).toBeLessThanOrEqual(pageSize);
    rows.push(...page.rows);
    if (!page.nextCursor) return rows;
    params = { ...params, cursor: page.nextCursor };
  }
  throw new Error('paging did not end');
}

function expectEachOnce(rows: FindingListRow[], expected: number) {
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  expect(rows).toHaveLength(expected);
}

const rank = (row: FindingListRow) => SEVERITY_ORDER.indexOf(row.severity);
const time = (row: FindingListRow) => row.createdAt.getTime();

describe('keyset paging of the findings list', () => {
  it('returns every row exactly once, newest first, across pages', async () => {
    const rows = await everyPage(users.leader, {});
    expectEachOnce(rows, TOTAL);
    rows.slice(1).forEach((row, i) => expect(time(row)).toBeLessThanOrEqual(time(rows[i]!)));
  });

  it('and oldest first', async () => {
    const rows = await everyPage(users.leader, { sort: 'oldest' }, 7);
    expectEachOnce(rows, TOTAL);
    rows.slice(1).forEach((row, i) => expect(time(row)).toBeGreaterThanOrEqual(time(rows[i]!)));
  });

  it('and most severe first, page boundaries falling inside and between severity levels', async () => {
    const rows = await everyPage(users.leader, { sort: 'severity' }, 9);
    expectEachOnce(rows, TOTAL);
    rows.slice(1).forEach((row, i) => {
      const prev = rows[i]!;
      expect(rank(row)).toBeGreaterThanOrEqual(rank(prev));
      if (rank(row) === rank(prev)) expect(time(row)).toBeLessThanOrEqual(time(prev));
    });
  });

  it('with filters: statuses, severities and category', async () => {
    const search = { status: ['ISSUED', 'PLAN_SUBMITTED'], severity: 'CRITICAL,GENERAL', category: 'FUND_MANAGEMENT', sort: 'severity' };
    const rows = await everyPage(users.leader, search, 4);
    const expected = await getDb().finding.count({
      where: { assessmentId, status: { in: ['ISSUED', 'PLAN_SUBMITTED'] }, severity: { in: ['CRITICAL', 'GENERAL'] }, category: 'FUND_MANAGEMENT' },
    });
    expect(expected).toBeGreaterThan(4);
    expectEachOnce(rows, expected);
  });

  it('filters by a region and everything below it', async () => {
    const rows = await everyPage(users.leader, { region: regions.countyA.id });
    const inA = [regions.countyA, regions.townA, regions.villageA].map((r) => r.id);
    expectEachOnce(rows, await getDb().finding.count({ where: { assessmentId, regionId: { in: inA } } }));
  });

  it('marks and filters overdue items: deadline passed, not closed', async () => {
    const rows = await everyPage(users.leader, { overdue: '1' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.overdue && r.status === 'PLAN_SUBMITTED' && r.dueDate! < NOW)).toBe(true);
  });

  it('counts the overdue findings of the list as filtered: the rows its "show overdue" link lists', async () => {
    const actor = await actorOf(users.leader);
    const count = (search: SearchParams) => countOverdueFindings(getDb(), actor, parseFindingListParams({ assessment: assessmentId, ...search }), NOW);
    const all = await count({});
    expect(all).toBe((await everyPage(users.leader, { overdue: '1' })).length);
    const inA = await count({ region: regions.countyA.id });
    expect(inA).toBe((await everyPage(users.leader, { region: regions.countyA.id, overdue: '1' })).length);
    expect(inA).toBeLessThan(all);
    expect(await count({ status: 'CLOSED' })).toBe(0);
    expect(await count({ q: '没有这样的问题' })).toBe(0);
  });

  it('shows an official only what was issued to their region or below', async () => {
    const rows = await everyPage(users.officialA, {});
    const expected = await getDb().finding.count({
      where: { assessmentId, status: { in: [...REGION_VISIBLE_STATUSES] }, regionId: { in: [regions.countyA.id, regions.townA.id, regions.villageA.id] } },
    });
    expectEachOnce(rows, expected);
    expect(rows.some((r) => r.status === 'DRAFT' || r.status === 'CONFIRMED')).toBe(false);
  });

  it('shows another group nothing', async () => {
    expect(await everyPage(users.stranger, {})).toEqual([]);
  });

  it('starts again at the top when the cursor is not one of ours', async () => {
    const actor = await actorOf(users.leader);
    const first = await findFindingsPage(getDb(), actor, parseFindingListParams({ assessment: assessmentId }), { pageSize: 5 });
    const bogus = await findFindingsPage(getDb(), actor, parseFindingListParams({ assessment: assessmentId, cursor: 'garbage' }), { pageSize: 5 });
    expect(bogus.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });
});

describe('the region filter', () => {
  const offered = async (user: { id: string }, currentId: string | null = null) =>
    (await findFilterRegions(getDb(), await actorOf(user), currentId)).map((r) => r.id);

  it('offers a group the counties of its target, and the towns of one county only once it is chosen', async () => {
    const plain = await offered(users.leader);
    expect(plain).toEqual(expect.arrayContaining([regions.city.id, regions.countyA.id, regions.countyB.id]));
    expect(plain).not.toContain(regions.townA.id);
    expect(await offered(users.leader, regions.countyA.id)).toContain(regions.townA.id);
    // A village from a link: its county's towns, and the village itself as the choice.
    expect(await offered(users.leader, regions.villageA.id)).toEqual(expect.arrayContaining([regions.townA.id, regions.villageA.id]));
    expect(await offered(users.leader, regions.countyB.id)).not.toContain(regions.townA.id);
  });

  it("offers a county's official the county and its towns, nothing beside it", async () => {
    const own = await offered(users.officialA);
    expect(own).toEqual([regions.countyA.id, regions.townA.id]);
  });

  it('offers another group nothing of this city, even with a town named in the address', async () => {
    expect(await offered(users.stranger, regions.countyA.id)).not.toContain(regions.townA.id);
  });
});
