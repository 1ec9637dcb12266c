#!/usr/bin/env node
// Writes a made-up household roster CSV for a county, deterministic from a seed (the generator is
// modules/households/roster-generator.ts, shared with the demo data, tests and the benchmark).
//
//   node scripts/generate-roster.mjs --county 441225 --count 100000 --seed demo --out roster.csv
//
// The villages are the county's villages in DATABASE_URL, or the codes given with --villages a,b,c.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

const ROOT = new URL('../', import.meta.url).href;
const { values } = parseArgs({
  options: {
    county: { type: 'string' },
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'roster' },
    villages: { type: 'string' },
    'planned-exit-percent': { type: 'string', default: '40' },
    'non-registered-percent': { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});
if (!values.county || !values.out) {
  console.error('usage: generate-roster.mjs --county <code> --out <file.csv> [--count N] [--seed S] [--villages a,b,c] [--planned-exit-percent P] [--non-registered-percent P]');
  process.exit(2);
}

async function countyVillages(countyCode) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT v."code" FROM "Region" v JOIN "Region" c ON v."path" LIKE c."path" || '%'
       WHERE c."code" = $1 AND c."level" = 'COUNTY' AND v."level" = 'VILLAGE' ORDER BY v."code"`,
      [countyCode],
    );
    return rows.map((r) => r.code);
  } finally {
    await client.end();
  }
}

const villageCodes = values.villages ? values.villages.split(',').map((s) => s.trim()).filter(Boolean) : await countyVillages(values.county);
if (villageCodes.length === 0) {
  console.error(`no villages for county ${values.county}: pass --villages or point DATABASE_URL at a seeded database`);
  process.exit(1);
}
const { generateRoster, toRosterCsv } = await tsImport('./modules/households/roster-generator.ts', ROOT);
const rows = generateRoster({
  villageCodes,
  count: Number(values.count),
  seed: values.seed,
  codePrefix: values.county,
  plannedExitPercent: Number(values['planned-exit-percent']),
  nonRegisteredPercent: Number(values['non-registered-percent']),
});
writeFileSync(values.out, toRosterCsv(rows));
console.log(`${rows.length} households over ${villageCodes.length} villages → ${values.out}`);
