#!/usr/bin/env node
// Times the findings list query against generated data (scripts/generate-findings.mjs) through
// the function the page uses (findFindingsPage), on the first page and on a deep page reached by
// its cursor, with and without filters; and, in the same run, the same page read with OFFSET
// (Prisma skip) as the baseline that keyset paging replaces. Prints the median ms of each and
// the ratio OFFSET ÷ keyset. TypeScript modules are imported, so run it through tsx:
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch npx tsx scripts/bench-findings-list.mjs [--depth 200000]
import { parseArgs } from 'node:util';
import { stubSessionModule } from './lib/session-stub.mjs';

// The list query reaches the actor module, which loads the next-auth session; stubbed before anything is imported.
stubSessionModule();
const { createDb } = await import('@/lib/server/db');
const { loadActor } = await import('@/modules/auth/actor');
const { encodeCursor } = await import('@/modules/findings/cursor');
const { FINDING_ROW_SELECT, findFindingsPage, findingListWhere, findingOrder, PAGE_SIZE } = await import('@/modules/findings/list-query');
const { parseFindingListParams } = await import('@/modules/findings/list-params');
const { countOverdueFindings } = await import('@/modules/rectifications/queries');

const { values: args } = parseArgs({ options: { depth: { type: 'string', default: '200000' }, runs: { type: 'string', default: '5' } } });
const DEPTH = Number(args.depth);
const RUNS = Number(args.runs);
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
const db = createDb(process.env.DATABASE_URL);

async function actor(username) {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return loadActor(db, user.id);
}

async function median(fn, runs = RUNS) {
  await fn(); // warm the cache and the connection
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** The OFFSET page: the same scope, filters, order and columns, skipping `offset` rows. */
async function offsetPage(who, params, offset) {
  const where = await findingListWhere(db, who, params);
  return db.finding.findMany({ where, orderBy: findingOrder(params.sort), skip: offset, take: PAGE_SIZE + 1, select: FINDING_ROW_SELECT });
}

/** The cursor a reader holds after paging down to `offset` (found once with OFFSET, untimed). */
async function cursorAt(who, params, offset) {
  const [row] = await offsetPage(who, params, offset - 1);
  if (!row) return null;
  return encodeCursor({ sort: params.sort, createdAt: row.createdAt, id: row.id, severity: params.sort === 'severity' ? row.severity : null });
}

const admin = await actor('admin');
const leader = await actor('leader6');
const fengkai = await actor('fengkai');
const assessment = await db.assessment.findFirstOrThrow({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } });
const county = await db.region.findFirstOrThrow({ where: { code: '441225' }, select: { id: true } });
const total = await db.finding.count();
console.log(`${total.toLocaleString('en')} findings; deep page at row ${DEPTH.toLocaleString('en')} (or half of the matching rows); median of ${RUNS} runs\n`);

const CASES = [
  ['admin, no filter, newest first', admin, {}],
  ['leader, one assessment', leader, { assessment: assessment.id }],
  ['leader, assessment + status PLAN_SUBMITTED', leader, { assessment: assessment.id, status: 'PLAN_SUBMITTED' }],
  ['admin, severity CRITICAL, oldest first', admin, { severity: 'CRITICAL', sort: 'oldest' }],
  ['admin, sorted by severity', admin, { sort: 'severity' }],
  ['admin, region Fengkai (subtree)', admin, { region: county.id }],
  ['admin, category FUND_MANAGEMENT', admin, { category: 'FUND_MANAGEMENT' }],
  ['admin, overdue', admin, { overdue: '1' }],
  ['official of Fengkai (own scope)', fengkai, {}],
];

const rows = [];
for (const [name, who, search] of CASES) {
  const params = parseFindingListParams(search);
  const matching = await db.finding.count({ where: await findingListWhere(db, who, params) });
  const depth = Math.min(DEPTH, Math.floor(matching / 2));
  const cursor = depth > 0 ? await cursorAt(who, params, depth) : null;
  const firstKeyset = await median(() => findFindingsPage(db, who, params));
  const firstOffset = await median(() => offsetPage(who, params, 0));
  const deepKeyset = cursor ? await median(() => findFindingsPage(db, who, { ...params, cursor })) : NaN;
  const deepOffset = cursor ? await median(() => offsetPage(who, params, depth), 3) : NaN;
  rows.push({ name, matching, depth, firstKeyset, firstOffset, deepKeyset, deepOffset });
  console.log(`${name}: ${matching.toLocaleString('en')} rows · first ${firstKeyset.toFixed(1)} ms (offset ${firstOffset.toFixed(1)}) · row ${depth.toLocaleString('en')}: ${deepKeyset.toFixed(1)} ms (offset ${deepOffset.toFixed(1)}, ×${(deepOffset / deepKeyset).toFixed(0)})`);
}
const overdueCount = await median(() => countOverdueFindings(db, admin), 3);

console.log('\n| query | matching rows | first page keyset ms | first page OFFSET ms | deep row | deep page keyset ms | deep page OFFSET ms | OFFSET ÷ keyset (deep) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.matching.toLocaleString('en')} | ${r.firstKeyset.toFixed(1)} | ${r.firstOffset.toFixed(1)} | ${r.depth.toLocaleString('en')} | ${r.deepKeyset.toFixed(1)} | ${r.deepOffset.toFixed(1)} | ${(r.deepOffset / r.deepKeyset).toFixed(1)} |`);
}
console.log(`\noverdue banner count (admin, all findings): ${overdueCount.toFixed(1)} ms`);
await db.$disconnect();
