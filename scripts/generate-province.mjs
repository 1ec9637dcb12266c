#!/usr/bin/env node
// Fills DATABASE_URL with a province-scale data set for benchmarks: the demo's province gets its 21
// cities, 122 county-level units, about 1,600 towns and 26,000 villages (some designated poor villages,
// every village with a position); the demo campaign gets one assessment per city with its group,
// officials and work report; every county a roster (600,000 households in all), a site visit with a
// drawn sample and checks of most sampled households; and 1,000,000 findings with rectifications
// (scripts/lib/province-*.mjs). Needs a migrated database with the demo data (npm run db:seed).
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch node scripts/generate-province.mjs
//     [--seed 2019] [--scale 1] [--findings 1000000]
//
// --scale multiplies towns, villages, households and (unless --findings is given) findings; cities
// and counties stay. Deterministic: the same seed and sizes give the same rows, ids included. Rows
// go in with COPY, in one transaction (so a failed run leaves nothing), with the big tables'
// secondary indexes built once at the end; the finding tallies are kept by their triggers as the
// findings go in (a statement per 100,000) and merged at the end. A database already filled is refused.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';
import { withoutSecondaryIndexes } from './lib/bulk-indexes.mjs';
import { loadCampaign, writeCampaign } from './lib/province-campaign.mjs';
import { planRosters, writeFieldwork, writeRosters } from './lib/province-fieldwork.mjs';
import { writeFindings } from './lib/province-findings.mjs';
import { randomSource } from './lib/province-names.mjs';
import { planRegions, REGION_COLUMNS, regionRows } from './lib/province-regions.mjs';
import { copyRows } from './lib/copy-rows.mjs';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '2019' },
    scale: { type: 'string', default: '1' },
    findings: { type: 'string' },
  },
});
const SCALE = Number(args.scale);
const FINDINGS = args.findings === undefined ? Math.round(1_000_000 * SCALE) : Number(args.findings);
const HOUSEHOLDS = Math.round(600_000 * SCALE);
if (!(SCALE > 0) || !(FINDINGS >= 0)) throw new Error('--scale must be positive and --findings a count');
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set');

// Fixed instants, so the rows do not depend on when they were generated.
const AT = '2018-12-01T00:00:00.000Z';
const ROSTER_IMPORTED = '2019-02-16T01:00:00.000Z';
const REPORT_DAY = Date.UTC(2019, 1, 11);
const FIRST_VISIT_DAY = Date.UTC(2019, 1, 18);

const ROOT = new URL('../', import.meta.url).href;
const load = (file) => tsImport(file, ROOT);
const app = {
  ...(await load('./modules/draws/prng.ts')),
  ...(await load('./modules/households/roster-generator.ts')),
  ...(await load('./modules/households/roster-hash.ts')),
  ...(await load('./modules/sampling/rules.ts')),
  ...(await load('./modules/sampling/schema.ts')),
  ...(await load('./modules/checks/rules.ts')),
  ...(await load('./modules/results/outcome-rules.ts')),
  ...(await load('./modules/results/config.ts')),
};
const { SCENARIO_CAMPAIGN } = await load('./seeds/scenario-zhaoqing-2018.ts');
const { HOUSEHOLD_TEMPLATE, VILLAGE_TEMPLATE } = await load('./seeds/scenario-checklists.ts');

const started = Date.now();
let phaseStarted = started;
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1);
const log = (message) => console.log(message);
const phase = (name) => {
  log(`${name}: ${seconds(phaseStarted)} s`);
  phaseStarted = Date.now();
};

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const { rows: [{ filled }] } = await client.query(`SELECT EXISTS (SELECT 1 FROM "RosterImport" WHERE id LIKE 'gri-%') AS filled`);
if (filled) {
  console.error('this database already holds a generated province: generate into a fresh one');
  process.exit(1);
}

async function templates() {
  const { rows } = await client.query(
    `SELECT t.code, t.id AS "templateId", t."minimumSeconds", i.id, i.code AS "itemCode", i."answerType", i.expected, i."outcomeRole", i.prompt
       FROM "ChecklistTemplate" t JOIN "ChecklistItem" i ON i."templateId" = t.id WHERE t.code = ANY($1) ORDER BY t.code, i.position`,
    [[HOUSEHOLD_TEMPLATE.code, VILLAGE_TEMPLATE.code]],
  );
  const of = (code) => {
    const items = rows.filter((r) => r.code === code);
    if (items.length === 0) throw new Error(`no checklist template ${code}: seed the demo data first`);
    return { id: items[0].templateId, minimumSeconds: items[0].minimumSeconds, items: items.map((r) => ({ id: r.id, code: r.itemCode, answerType: r.answerType, expected: r.expected, outcomeRole: r.outcomeRole, prompt: r.prompt })) };
  };
  return { household: of(HOUSEHOLD_TEMPLATE.code), village: of(VILLAGE_TEMPLATE.code) };
}

const rand = randomSource(app.createRng(`province-${args.seed}`));
await client.query('BEGIN');
await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
await client.query('SET LOCAL synchronous_commit = off');

const regions = await planRegions(client, rand, { scale: SCALE });
await copyRows(client, 'Region', REGION_COLUMNS, regionRows(regions.created, AT));
phase(`regions (${regions.created.length.toLocaleString('en')} new)`);

const loaded = await loadCampaign(client, SCENARIO_CAMPAIGN);
const assessments = await writeCampaign(client, rand, { cities: regions.cities, loaded, at: AT, reportDay: REPORT_DAY });
const assessmentByCity = new Map(assessments.map((a) => [a.city.code, a]));
phase('people, groups, assessments, work reports');

const rosters = planRosters(rand, app, { counties: regions.counties, households: HOUSEHOLDS, seed: args.seed });
const officialOf = (county) => assessmentByCity.get(county.parent.code).official;
await withoutSecondaryIndexes(client, ['Household'], () => writeRosters(client, rosters, { officialOf, importedAt: ROSTER_IMPORTED, at: AT }));
phase('rosters and households');

const { rows: visited } = await client.query(`SELECT v."assessmentId", r.code FROM "SiteVisit" v JOIN "Region" r ON r.id = v."regionId"`);
const missed = await writeFieldwork(client, rand, app, {
  assessments,
  rosters,
  templates: await templates(),
  rules: app.rulesOf(loaded.campaign.samplingRules),
  exitIncomeThreshold: app.resultsConfigOf(loaded.campaign.resultsConfig).exitIncomeThreshold,
  existingVisits: new Set(visited.map((v) => `${v.assessmentId} ${v.code}`)),
  seed: args.seed,
  firstVisitDay: FIRST_VISIT_DAY,
});
phase('site visits, samples, checks and answers');

// The tallies' indexes are set aside too: the findings' triggers append a row per key and chunk, and the
// merge rewrites them all, cheaper with the indexes built once over the merged rows.
const written = await withoutSecondaryIndexes(client, ['Finding', 'Rectification', 'FindingTally', 'FindingDayTally'], async () => {
  const result = await writeFindings(client, rand, {
    count: FINDINGS,
    villages: regions.villages,
    assessmentOf: (city) => assessmentByCity.get(city.code),
    indicators: loaded.indicators,
    missed,
    log,
  });
  phase(`findings and rectifications (${result.fromChecks.toLocaleString('en')} findings from checks)`);
  // The COPYs appended to the finding tallies (docs/decisions/020-finding-tallies.md): merge them now
  // rather than leave it to the worker.
  const { rows: [{ merged }] } = await client.query('SELECT "finding_tally_compact"() AS merged');
  phase(`finding tallies (${merged.toLocaleString('en')} appended rows merged)`);
  return result;
});
phase('indexes of findings, rectifications and tallies');
await client.query('COMMIT');
phase('commit');
await client.query('ANALYZE');
phase('analyze');

const TABLES = ['Region', 'User', 'AssessmentGroup', 'RoleAssignment', 'Assessment', 'WorkReport', 'WorkReportRevision', 'RosterImport', 'Household', 'SiteVisit', 'SiteVisitMember', 'Sample', 'SiteVisitHousehold', 'HouseholdCheck', 'ChecklistAnswer', 'Finding', 'Rectification', 'FindingTally', 'FindingDayTally'];
const { rows: [counts] } = await client.query(`SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(', ')}`);
const { rows: levels } = await client.query(`SELECT level, count(*)::int AS n, count(*) FILTER (WHERE "isDesignatedPoorVillage")::int AS poor FROM "Region" GROUP BY level ORDER BY level`);
log(`\nregions: ${levels.map((l) => `${l.level.toLowerCase()} ${l.n.toLocaleString('en')}${l.level === 'VILLAGE' ? ` (${l.poor.toLocaleString('en')} designated poor)` : ''}`).join(', ')}`);
log('rows per table (the demo\'s included):');
for (const t of TABLES) log(`  ${t.padEnd(20)} ${counts[t].toLocaleString('en').padStart(11)}`);
log(`done in ${seconds(started)} s (${written.rectifications.toLocaleString('en')} rectifications written)`);
await client.end();
