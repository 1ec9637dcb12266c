#!/usr/bin/env node
// Times the campaign dashboard's queries (getDashboard, everything the page reads) against generated
// findings (scripts/generate-findings.mjs) beside the findings list's first page in the same run,
// prints the ratio (goal: dashboard ≤ 5 × list page), and the EXPLAIN (ANALYZE) plan of every query
// the dashboard sends to the findings or their tallies (docs/decisions/020-finding-tallies.md), so each
// can be seen to run on an index. The tables are vacuumed first: generated rows are not yet in the
// visibility map, and an index-only scan needs it (autovacuum would do the same on a live database).
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch npx tsx scripts/bench/dashboard.mjs [--runs 5]
import { register } from 'node:module';
import { parseArgs } from 'node:util';
import pg from 'pg';

// As in scripts/bench-findings-list.mjs: a command line has no session, so that module is stubbed.
const STUB = 'data:text/javascript,export const getSessionIdentity = async () => null;';
register(`data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  return specifier === '@/modules/auth/session' ? { url: '${STUB}', shortCircuit: true } : next(specifier, context);
}`)}`);
const { PrismaPg } = await import('@prisma/adapter-pg');
const { PrismaClient } = await import('@/lib/generated/prisma/client');
const { loadActor } = await import('@/modules/auth/actor');
const { getDashboard } = await import('@/modules/dashboard/queries');
const { findFindingsPage } = await import('@/modules/findings/list-query');
const { parseFindingListParams } = await import('@/modules/findings/list-params');

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(args.runs);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');

// The app's client, with its queries reported as events so that their plans can be printed.
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: '-c TimeZone=UTC' }), log: [{ emit: 'event', level: 'query' }] });
let captured = null;
db.$on('query', (e) => captured?.push(e));
const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
await client.connect();

async function median(fn) {
  await fn(); // warm the cache and the connection
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const actor = async (username) => loadActor(db, (await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id);

console.log('VACUUM ANALYZE "Finding", "FindingTally", "FindingDayTally" …');
await client.query('VACUUM ANALYZE "Finding", "FindingTally", "FindingDayTally"');
const tallyRows = async (table) => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n).toLocaleString('en');
console.log(`tallies: ${await tallyRows('FindingTally')} rows by severity × status, ${await tallyRows('FindingDayTally')} by day`);
const assessment = await db.assessment.findFirstOrThrow({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, campaignId: true } });
const campaignId = assessment.campaignId;
const [zhaoqing, fengkai] = await Promise.all(['441200', '441225'].map((code) => db.region.findUniqueOrThrow({ where: { code }, select: { id: true } })));
const inCampaign = await db.finding.count({ where: { assessment: { campaignId } } });
const now = new Date();
console.log(`${inCampaign.toLocaleString('en')} findings in the campaign; median of ${RUNS} runs\n`);

const [admin, leader, official] = [await actor('admin'), await actor('leader6'), await actor('fengkai')];
const CASES = [
  ['admin, province', admin, null],
  ['admin, Zhaoqing (city)', admin, zhaoqing.id],
  ['admin, Fengkai (county)', admin, fengkai.id],
  ['leader6, province', leader, null],
  ['official of Fengkai, own county', official, null],
];

const rows = [];
for (const [name, who, regionId] of CASES) {
  const dashboard = await median(() => getDashboard(db, who, campaignId, regionId, now));
  const list = await median(() => findFindingsPage(db, who, parseFindingListParams({})));
  const listCampaign = await median(() => findFindingsPage(db, who, parseFindingListParams({ campaign: campaignId, ...(regionId ? { region: regionId } : {}) })));
  rows.push({ name, dashboard, list, listCampaign });
  console.log(`${name}: dashboard ${dashboard.toFixed(1)} ms · list first page ${list.toFixed(1)} ms (same filters ${listCampaign.toFixed(1)} ms)`);
}

console.log('\n| case | dashboard ms | findings list first page ms | list, campaign + region filter ms | dashboard ÷ list |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.dashboard.toFixed(1)} | ${r.list.toFixed(1)} | ${r.listCampaign.toFixed(1)} | ${(r.dashboard / r.list).toFixed(1)} |`);
}

// The plans: one admin dashboard at the province, every statement that reads "Finding" or its tallies.
captured = [];
await getDashboard(db, admin, campaignId, null, now);
const statements = captured.filter((e) => /"Finding(Day)?(Tally)?"/.test(e.query));
captured = null;
for (const e of statements) {
  const params = JSON.parse(e.params);
  const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${e.query}`, params);
  console.log(`\n── ${e.query.replace(/\s+/g, ' ').slice(0, 160)}…`);
  for (const line of plan) console.log(line['QUERY PLAN']);
}
await client.end();
await db.$disconnect();
