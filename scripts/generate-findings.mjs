#!/usr/bin/env node
// Fills DATABASE_URL with N generated findings (default 1,000,000) for the list benchmark
// (scripts/bench-findings-list.mjs). Needs a migrated database with the demo data (npm run
// db:seed): the findings go to the demo assessment (or --assessment <id>), spread over its target
// region's subtree, statuses, severities, categories and three years of createdAt (in insertion order); findings under
// rectification or closed get a plan with a deadline. So that a region filter is as selective as
// in a real city, each county first gets generated towns and villages (--villages-per-county).
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch node scripts/generate-findings.mjs --count 1000000
//
// Deterministic: the same --seed and --count produce the same rows (ids included), and running
// it again adds nothing (ON CONFLICT DO NOTHING). Rows go in as multi-row INSERTs over unnest()
// arrays, 20,000 per statement.
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '2019' },
    assessment: { type: 'string' },
    'villages-per-county': { type: 'string', default: '200' },
    batch: { type: 'string', default: '20000' },
  },
});
const COUNT = Number(args.count);
const BATCH = Number(args.batch);
const VILLAGES_PER_COUNTY = Number(args['villages-per-county']);
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set');

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(Number(args.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
function weighted(table) {
  const total = Object.values(table).reduce((a, b) => a + b, 0);
  return () => {
    let r = random() * total;
    for (const [key, weight] of Object.entries(table)) if ((r -= weight) < 0) return key;
    return Object.keys(table).at(-1);
  };
}
const status = weighted({ DRAFT: 10, CONFIRMED: 5, ISSUED: 15, APPEALED: 2, PLAN_SUBMITTED: 30, PROOF_SUBMITTED: 10, CLOSED: 25, WITHDRAWN: 3 });
const severity = weighted({ GENERAL: 60, SERIOUS: 30, CRITICAL: 10 });
const CATEGORIES = ['POVERTY_REDUCTION', 'IDENTIFICATION_ACCURACY', 'TARGETED_ASSISTANCE', 'FUND_MANAGEMENT', 'CUSTOM'];
const ISSUED = new Set(['ISSUED', 'APPEALED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED', 'WITHDRAWN']);
const PLANNED = new Set(['PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED']);
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const SPAN = 3 * 365 * DAY;

/** Instants as ISO text with their zone (Z), for the timestamptz columns: no session zone is involved. */
const ts = (ms) => new Date(ms).toISOString();

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();

async function context() {
  const { rows: [assessment] } = await client.query(
    `SELECT a.id, a."campaignId", a."groupId", r.path, r.code FROM "Assessment" a JOIN "Region" r ON r.id = a."targetRegionId"
     WHERE ($1::text IS NULL OR a.id = $1) ORDER BY a."createdAt", a.id LIMIT 1`,
    [args.assessment ?? null],
  );
  if (!assessment) throw new Error('no assessment: seed the demo data first (npm run db:seed)');
  const { rows: creators } = await client.query(`SELECT "userId" FROM "RoleAssignment" WHERE "groupId" = $1 ORDER BY "userId"`, [assessment.groupId]);
  const { rows: indicators } = await client.query(`SELECT id, category FROM "Indicator" WHERE "campaignId" = $1 ORDER BY code`, [assessment.campaignId]);
  if (creators.length === 0) throw new Error('the assessment’s group has no members');
  return { assessment, creators: creators.map((c) => c.userId), indicators };
}

/** Generated towns (10 per county) and villages under every county of the target. */
async function addRegions(assessment) {
  const { rows: counties } = await client.query(`SELECT id, code, path FROM "Region" WHERE level = 'COUNTY' AND path LIKE $1 ORDER BY code`, [`${assessment.path}%`]);
  for (const county of counties) {
    const towns = Array.from({ length: 10 }, (_, t) => `${county.code}G${String(t).padStart(2, '0')}`);
    await client.query(
      `INSERT INTO "Region" (id, code, name, level, "parentId", path, "updatedAt")
       SELECT 'gen-' || c, c, '生成镇' || right(c, 2), 'TOWN', $1, $2 || c || '/', now() FROM unnest($3::text[]) c ON CONFLICT (code) DO NOTHING`,
      [county.id, county.path, towns],
    );
    const villages = Array.from({ length: VILLAGES_PER_COUNTY }, (_, v) => ({ town: towns[v % towns.length], code: `${towns[v % towns.length]}V${String(v).padStart(4, '0')}` }));
    await client.query(
      `INSERT INTO "Region" (id, code, name, level, "parentId", path, "updatedAt")
       SELECT 'gen-' || v.code, v.code, '生成村' || right(v.code, 4), 'VILLAGE', 'gen-' || v.town, $1 || v.town || '/' || v.code || '/', now()
       FROM unnest($2::text[], $3::text[]) AS v(code, town) ON CONFLICT (code) DO NOTHING`,
      [county.path, villages.map((v) => v.code), villages.map((v) => v.town)],
    );
  }
  const { rows } = await client.query(`SELECT id FROM "Region" WHERE path LIKE $1 ORDER BY code`, [`${assessment.path}%`]);
  return rows.map((r) => r.id);
}

const FINDING_COLUMNS = `id, "assessmentId", "regionId", "indicatorId", category, severity, title, description, status, "createdById", "issuedAt", "appealDeadline", "closedAt", "dueDate", "createdAt", "updatedAt"`;
const FINDING_TYPES = ['text', 'text', 'text', 'text', '"IndicatorCategory"', '"FindingSeverity"', 'text', 'text', '"FindingStatus"', 'text', 'timestamptz', 'timestamptz', 'timestamptz', 'date', 'timestamptz', 'timestamptz'];
const PLAN_COLUMNS = `id, "findingId", "leadUnit", measures, "personInCharge", deadline, status, "updatedAt"`;
const PLAN_TYPES = ['text', 'text', 'text', 'text', 'text', 'date', '"RectificationStatus"', 'timestamptz'];

function insertSql(table, columns, types) {
  const params = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  return `INSERT INTO "${table}" (${columns}) SELECT * FROM unnest(${params}) ON CONFLICT DO NOTHING`;
}

function makeBatch(from, to, { assessment, creators, indicators }, regionIds) {
  const findings = FINDING_TYPES.map(() => []);
  const plans = PLAN_TYPES.map(() => []);
  for (let i = from; i < to; i += 1) {
    const id = `gf${String(i).padStart(9, '0')}`;
    const s = status();
    // Rows go in roughly in the order they were found, as they would in real use.
    const createdAt = START + Math.floor(((i + random()) * SPAN) / COUNT);
    const indicator = random() < 0.4 ? pick(indicators) : null;
    const issuedAt = ISSUED.has(s) ? createdAt + Math.floor(random() * 14 * DAY) : null;
    const deadline = PLANNED.has(s) ? new Date(issuedAt + (30 + Math.floor(random() * 720)) * DAY).toISOString().slice(0, 10) : null;
    const row = [
      id, assessment.id, pick(regionIds), indicator?.id ?? null, indicator?.category ?? pick(CATEGORIES), severity(),
      `生成问题 ${i}`, '由 scripts/generate-findings.mjs 生成的问题。', s, pick(creators),
      issuedAt && ts(issuedAt), issuedAt && ts(issuedAt + 7 * DAY), s === 'CLOSED' ? ts(issuedAt + 90 * DAY) : null, deadline, ts(createdAt), ts(createdAt),
    ];
    row.forEach((value, c) => findings[c].push(value));
    if (deadline) {
      const planStatus = s === 'CLOSED' ? 'VERIFIED' : s === 'PROOF_SUBMITTED' ? 'PROOF_SUBMITTED' : 'PLANNED';
      [`gr${String(i).padStart(9, '0')}`, id, '县扶贫办', '逐项整改。', '责任人', deadline, planStatus, ts(issuedAt)].forEach((value, c) => plans[c].push(value));
    }
  }
  return { findings, plans };
}

const started = Date.now();
const ctx = await context();
const regionIds = await addRegions(ctx.assessment);
console.log(`assessment ${ctx.assessment.id}: ${regionIds.length} regions, ${ctx.creators.length} creators, ${ctx.indicators.length} indicators`);
const findingSql = insertSql('Finding', FINDING_COLUMNS, FINDING_TYPES);
const planSql = insertSql('Rectification', PLAN_COLUMNS, PLAN_TYPES);
for (let from = 0; from < COUNT; from += BATCH) {
  const to = Math.min(COUNT, from + BATCH);
  const { findings, plans } = makeBatch(from, to, ctx, regionIds);
  await client.query('BEGIN');
  await client.query(findingSql, findings);
  await client.query(planSql, plans);
  await client.query('COMMIT');
  if ((to / BATCH) % 10 === 0 || to === COUNT) console.log(`${to.toLocaleString('en')} findings (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
// The inserts appended to the finding tallies (migration 20261206100000_finding_tallies); merge
// them now rather than waiting for a worker.
const { rows: [{ merged }] } = await client.query('SELECT "finding_tally_compact"() AS merged');
console.log(`finding tallies: ${merged.toLocaleString('en')} appended rows merged (${((Date.now() - started) / 1000).toFixed(1)} s)`);
await client.query('ANALYZE "Finding"; ANALYZE "Rectification"; ANALYZE "Region"; ANALYZE "FindingTally"; ANALYZE "FindingDayTally"');
console.log(`done: ${COUNT.toLocaleString('en')} findings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await client.end();
