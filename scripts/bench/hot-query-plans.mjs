// The hot pages' queries, as the app sends them, with their plans: every statement the page's query
// functions send through Prisma is captured and run again under EXPLAIN (ANALYZE) with its parameters.
// A plan that reads a large table from end to end (a Seq Scan of a table of 10,000 rows or more) fails
// the benchmark: that page would slow down as the data grows. Small tables are scanned by choice.
// Imported by scripts/bench/http.mjs (run through tsx, for the app's TypeScript modules).
import pg from 'pg';
import { stubSessionModule } from '../lib/session-stub.mjs';

stubSessionModule();
const { PrismaPg } = await import('@prisma/adapter-pg');
const { PrismaClient } = await import('@/lib/generated/prisma/client');
const { loadActor } = await import('@/modules/auth/actor');
const { findFindingsPage } = await import('@/modules/findings/list-query');
const { parseFindingListParams } = await import('@/modules/findings/list-params');
const { getFinding } = await import('@/modules/findings/queries');
const { findAssessmentProgress, findAssessmentTimeline, getAssessment, loadTransitionFacts } = await import('@/modules/assessments/queries');
const { findCampaignsWithProgress } = await import('@/modules/campaigns/queries');
const { findAssessments } = await import('@/modules/assessments/queries');
const { findTodos } = await import('@/modules/todos/queries');
const { getDashboard } = await import('@/modules/dashboard/queries');

const SEQ_SCAN = /Seq Scan on "?([A-Za-z_]+)"?/;
const LARGE_ROWS = 10_000;

/**
 * @param {string} url database (owner) URL
 * @param {{ findingId: string, assessmentId: string, campaignId: string, deepCursor: string }} ids
 * @returns {Promise<{ page: string, statements: number, scans: string[], plans: string[] }[]>}
 */
export async function explainHotQueries(url, ids) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: '-c TimeZone=UTC' }), log: [{ emit: 'event', level: 'query' }] });
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await client.connect();
  let captured = null;
  db.$on('query', (e) => captured?.push(e));
  const actor = async (username) => loadActor(db, (await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id);
  const [admin, official] = [await actor('admin'), await actor('fengkai')];
  const now = new Date();
  const assessmentPage = async (who) => {
    const assessment = await getAssessment(db, who, ids.assessmentId);
    const ref = { id: assessment.id, groupId: assessment.group.id };
    await findAssessmentProgress(db, who, { ...ref, targetRegionId: assessment.targetRegion.id });
    await findAssessmentTimeline(db, who, ref);
    await loadTransitionFacts(db, { ...assessment, targetRegionId: assessment.targetRegion.id });
  };
  const pages = [
    ['findings list, admin, first page', () => findFindingsPage(db, admin, parseFindingListParams({}))],
    ['findings list, admin, deep page', () => findFindingsPage(db, admin, parseFindingListParams({ cursor: ids.deepCursor }))],
    ['findings list, county official, first page', () => findFindingsPage(db, official, parseFindingListParams({}))],
    ['findings list, county official, deep page', () => findFindingsPage(db, official, parseFindingListParams({ cursor: ids.deepCursor }))],
    ['a finding', () => getFinding(db, admin, ids.findingId)],
    ['assessment hub', () => assessmentPage(admin)],
    ['home, admin', () => findCampaignsWithProgress(db, admin)],
    ['home, county official', async () => { await findAssessments(db, official); await findTodos(db, official, now); }],
    ['dashboard, admin, province', () => getDashboard(db, admin, ids.campaignId, null, now)],
  ];
  const { rows: sizes } = await client.query('SELECT relname, reltuples FROM pg_class WHERE relkind = $1', ['r']);
  const large = new Set(sizes.filter((r) => Number(r.reltuples) >= LARGE_ROWS).map((r) => r.relname));
  const results = [];
  try {
    for (const [page, run] of pages) {
      captured = [];
      await run();
      const statements = captured;
      captured = null;
      const plans = [];
      const scans = [];
      for (const e of statements) {
        if (!/^\s*SELECT/i.test(e.query)) continue;
        const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${e.query}`, JSON.parse(e.params));
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        plans.push(`${e.query.replace(/\s+/g, ' ').slice(0, 200)}\n${plan}`);
        for (const line of plan.split('\n')) if (large.has(line.match(SEQ_SCAN)?.[1] ?? '')) scans.push(`${line.trim()} ← ${e.query.replace(/\s+/g, ' ').slice(0, 120)}`);
      }
      results.push({ page, statements: statements.length, scans, plans });
    }
  } finally {
    await client.end();
    await db.$disconnect();
  }
  return results;
}
