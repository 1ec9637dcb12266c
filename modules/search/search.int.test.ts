// Keyword search against the demo: finds each kind of record by its Chinese words (including two-
// character words, which the trigram index does not serve), never beyond the actor's scope, and
// takes LIKE's wildcards literally. The findings export holds exactly the list's rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as downloadFindings } from '@/app/api/findings/export/route';
import { getDb } from '@/lib/server/db';
import { downloadedCells } from '@/modules/exports/test-support';
import { findFindingsForExport } from '@/modules/findings/export';
import { findFindingsPage, type FindingListRow } from '@/modules/findings/list-query';
import { parseFindingListParams, type FindingListParams, type SearchParams } from '@/modules/findings/list-params';
import { searchRecords } from '@/modules/search/queries';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createFinding } from '@/seeds/factories/findings';
import { createRegion } from '@/seeds/factories/regions';
import { createWorkReport } from '@/seeds/factories/reports';

// Rare characters, so that no demo record matches by chance.
const VILLAGE = `罘罳坳村${uniqueSuffix()}`;
const HUAIJI_VILLAGE = `罘罳岙村${uniqueSuffix()}`;
const HEAD = `豳邶${uniqueSuffix()}`;
const REPORT = `罘罳县工作汇报${uniqueSuffix()}`;
const NOW = new Date('2019-06-01T04:00:00Z');

let demo: Demo;
const titleOf = async (id: string) => (await getDb().finding.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;
let ids: { fengkaiFinding: string; huaijiFinding: string; household: string; report: string };

beforeAll(async () => {
  demo = await loadDemo();
  const db = getDb();
  const { Fengkai, Huaiji } = demo.regions.counties;
  const village = await createRegion(db, { name: VILLAGE, level: 'VILLAGE', parent: Fengkai! });
  const huaijiVillage = await createRegion(db, { name: HUAIJI_VILLAGE, level: 'VILLAGE', parent: Huaiji! });
  const base = { assessmentId: demo.scenario.assessment.id, createdById: demo.users.assessor.id, status: 'ISSUED' as const };
  const fengkaiFinding = await createFinding(db, { ...base, regionId: village.id, title: `危房未改造 ${uniqueSuffix()}`, severity: 'SERIOUS' });
  const huaijiFinding = await createFinding(db, { ...base, regionId: huaijiVillage.id, title: `饮水不安全 ${uniqueSuffix()}` });
  const roster = await db.rosterImport.create({
    // Published long ago, so it never becomes Fengkai's current roster for other test files.
    data: { regionId: Fengkai!.id, contentHash: uniqueSuffix(), rowCount: 1, fileName: 'search.csv', importedById: demo.users.leader.id, publishedAt: new Date('2000-01-01T00:00:00Z') },
  });
  const household = await db.household.create({ data: { code: `S${uniqueSuffix()}`, rosterImportId: roster.id, regionId: village.id, headName: HEAD, size: 3, status: 'REGISTERED_POOR' } });
  const county = await createRegion(db, { name: `罘罳县${uniqueSuffix()}`, level: 'COUNTY', parent: demo.regions.zhaoqing });
  // The report belongs to an assessment of its own, so the demo assessment's reports stay as seeded.
  const campaign = await createCampaign(db, { name: `检索测试${uniqueSuffix()}` });
  const group = await createGroup(db, { campaignId: campaign.id });
  const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: county.id });
  const report = await createWorkReport(db, { assessmentId: assessment.id, reportingRegionId: county.id, title: REPORT });
  ids = { fengkaiFinding: fengkaiFinding.id, huaijiFinding: huaijiFinding.id, household: household.id, report: report.id };
});

async function search(user: { id: string }, keyword: string) {
  const found = await searchRecords(getDb(), await actorOf(user), keyword);
  return {
    findings: found.findings.rows.map((r) => r.id),
    reports: found.reports.rows.map((r) => r.id),
    households: found.households.rows.map((r) => r.id),
    assessments: found.assessments.rows.map((r) => r.id),
  };
}

describe('keyword search', () => {
  it('finds a finding by the name of its village, in Chinese, with three or more characters and with two', async () => {
    expect((await search(demo.users.leader, VILLAGE)).findings).toEqual([ids.fengkaiFinding]);
    const two = await search(demo.users.leader, '罘罳');
    expect(two.findings.sort()).toEqual([ids.fengkaiFinding, ids.huaijiFinding].sort());
  });

  it('finds a household by its head, a report by its title and an assessment by its region', async () => {
    const admin = demo.users.admin;
    expect((await search(admin, HEAD)).households).toEqual([ids.household]);
    expect((await search(admin, REPORT.slice(0, 7))).reports).toEqual([ids.report]);
    expect((await search(admin, '肇庆')).assessments).toContain(demo.scenario.assessment.id);
  });

  it('shows an official only their own region: Huaiji finds nothing of Fengkai or Zhaoqing', async () => {
    const fengkai = await search(demo.users.fengkaiOfficial, '罘罳');
    expect(fengkai.findings).toEqual([ids.fengkaiFinding]);
    expect((await search(demo.users.fengkaiOfficial, HEAD)).households).toEqual([ids.household]);
    const huaiji = await search(demo.users.huaijiOfficial, '罘罳');
    expect(huaiji.findings).toEqual([ids.huaijiFinding]);
    expect(huaiji.reports).toEqual([]);
    expect((await search(demo.users.huaijiOfficial, HEAD)).households).toEqual([]);
    expect((await search(demo.users.huaijiOfficial, '肇庆')).assessments).not.toContain(demo.scenario.assessment.id);
    expect((await search(demo.users.zhaoqingOfficial, REPORT)).reports).toEqual([ids.report]);
  });

  it('takes % and _ literally', async () => {
    const found = await search(demo.users.admin, '%');
    expect(Object.values(found).flat()).toEqual([]);
    expect((await search(demo.users.admin, '罘_')).findings).toEqual([]);
  });

  it('can use the trigram index for a Chinese word of three characters', async () => {
    const plan = await getDb().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN SELECT id FROM "Region" WHERE name ILIKE '%罘罳坳%'`);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('Region_name_trgm');
  });
});

async function everyPage(user: { id: string }, search: SearchParams): Promise<FindingListRow[]> {
  const actor = await actorOf(user);
  const rows: FindingListRow[] = [];
  let params: FindingListParams = parseFindingListParams(search);
  for (let pages = 0; pages < 200; pages += 1) {
    const page = await findFindingsPage(getDb(), actor, params, { pageSize: 3, now: NOW });
    rows.push(...page.rows);
    if (!page.nextCursor) return rows;
    params = { ...params, cursor: page.nextCursor };
  }
  throw new Error('paging did not end');
}

describe('the findings export', () => {
  it.each([
    ['a keyword', { q: '罘罳' }],
    ['a keyword, a status and the severity sort', { q: '罘罳', status: 'ISSUED', sort: 'severity' }],
    ['the whole demo assessment, oldest first', { assessment: 'ASSESSMENT', sort: 'oldest' }],
  ])('holds the rows of the list, in its order, for %s', async (_label, raw) => {
    const search = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === 'ASSESSMENT' ? demo.scenario.assessment.id : v]));
    for (const user of [demo.users.leader, demo.users.fengkaiOfficial]) {
      const listed = await everyPage(user, search);
      const exported = await findFindingsForExport(getDb(), await actorOf(user), parseFindingListParams(search), NOW);
      expect(exported.truncated).toBe(false);
      expect(exported.rows.map((r) => r.id)).toEqual(listed.map((r) => r.id));
    }
    expect((await everyPage(demo.users.leader, search)).length).toBeGreaterThan(0);
  });
});

describe('the findings download', () => {
  const exportsBy = (user: { id: string }) => getDb().auditEvent.count({ where: { action: 'finding.list.export', actorId: user.id } });

  it('holds the keyword’s findings in the reader’s scope and records the export', async () => {
    const official = demo.users.fengkaiOfficial;
    signInAs(official);
    const before = await exportsBy(official);
    const response = await downloadFindings(new Request(`http://localhost/api/findings/export?${new URLSearchParams({ q: '罘罳' })}`), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const cells = await downloadedCells(response);
    expect(cells).toContain(await titleOf(ids.fengkaiFinding));
    expect(cells).not.toContain(await titleOf(ids.huaijiFinding));
    expect(await exportsBy(official)).toBe(before + 1);
  });

  it('refuses someone signed out', async () => {
    signInAs(null);
    const response = await downloadFindings(new Request('http://localhost/api/findings/export'), { params: Promise.resolve({}) });
    expect(response.status).toBe(401);
  });
});
