#!/usr/bin/env node
// Benchmark: imports a generated roster (100,000 households by default) into a fresh database through
// the same import function as the upload route (modules/households/roster-import.ts: parse, validate
// every row, hash, insert in batches in one transaction, audit event), then inserts the same rows with
// plain Prisma createMany (5,000 per batch, one transaction) as a baseline, and prints both.
//
//   node scripts/bench-roster-import.mjs [--rows 100000]
//
// With DATABASE_URL (a local server) a scratch database is created there and dropped afterwards;
// without it a temporary embedded PostgreSQL server is used.
import { randomBytes } from 'node:crypto';
import { register } from 'node:module';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { assertLocalDatabase, createScratchDatabase, openTemporaryEmbeddedDatabase } from './lib/database.mjs';
import { runPrisma } from './lib/run-prisma.mjs';

const ROOT = new URL('../', import.meta.url).href;
const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const ROWS = Number(values.rows);
const load = (path) => tsImport(path, ROOT);

// The import path checks the actor's roles (modules/auth/actor.ts), whose module also loads the
// next-auth session, which plain Node cannot import outside Next. A benchmark needs no session:
// that one module is answered with a stub. tsx's hooks (registered later) run first and pass the
// mapped path on to this one.
const SESSION_STUB = 'data:text/javascript,export async function getSessionUserId() { return null; }';
register(`data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  return /modules\\/auth\\/session(\\.ts)?$/.test(specifier) ? { url: ${JSON.stringify(SESSION_STUB)}, shortCircuit: true } : next(specifier, context);
}`)}`);

async function freshDatabase() {
  if (process.env.DATABASE_URL) {
    assertLocalDatabase(process.env.DATABASE_URL);
    const db = await createScratchDatabase(process.env.DATABASE_URL, `bench_roster_${randomBytes(4).toString('hex')}`);
    return { url: db.url, kind: 'PostgreSQL (local server)', release: db.drop };
  }
  const server = await openTemporaryEmbeddedDatabase();
  return { url: server.url, kind: 'PostgreSQL (embedded, temporary)', release: server.stop };
}

const seconds = (ms) => (ms / 1000).toFixed(2);
const rate = (rows, ms) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');

const database = await freshDatabase();
try {
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  const { createDb } = await load('./lib/server/db.ts');
  const { seedReferenceRegions } = await load('./seeds/reference-regions.ts');
  const { createUser } = await load('./seeds/factories/users.ts');
  const { loadActor } = await load('./modules/auth/actor.ts');
  const { generateRoster, toRosterCsv } = await load('./modules/households/roster-generator.ts');
  const { parseCsv } = await load('./modules/households/csv.ts');
  const { importRoster, ROSTER_BATCH_SIZE } = await load('./modules/households/roster-import.ts');

  const db = createDb(database.url);
  const regions = await seedReferenceRegions(db);
  const admin = await createUser(db, { username: 'bench-admin', roles: [{ role: 'ADMIN' }] });
  const actor = await loadActor(db, admin.id);
  const county = regions.counties.Fengkai;
  const villages = regions.villages.filter((v) => v.path.startsWith(county.path));
  const rows = generateRoster({ villageCodes: villages.map((v) => v.code), count: ROWS, seed: 'bench', codePrefix: county.code });
  const csv = new TextEncoder().encode(toRosterCsv(rows));

  let started = performance.now();
  const records = parseCsv(new TextDecoder().decode(csv));
  const parseMs = performance.now() - started;
  started = performance.now();
  const outcome = await importRoster(db, actor, { countyId: county.id, fileName: 'bench.csv', records });
  const importMs = performance.now() - started;
  if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.issues.slice(0, 3))}`);

  // Baseline: the same rows, plain createMany, no validation or hashing.
  const villageId = new Map(villages.map((v) => [v.code, v.id]));
  started = performance.now();
  await db.$transaction(
    async (tx) => {
      const snapshot = await tx.rosterImport.create({ data: { regionId: county.id, contentHash: 'baseline', rowCount: rows.length, fileName: 'baseline', importedById: admin.id } });
      for (let i = 0; i < rows.length; i += ROSTER_BATCH_SIZE) {
        await tx.household.createMany({
          data: rows.slice(i, i + ROSTER_BATCH_SIZE).map(({ villageCode, ...r }) => ({ ...r, regionId: villageId.get(villageCode), rosterImportId: snapshot.id })),
        });
      }
    },
    { timeout: 60 * 60_000 },
  );
  const baselineMs = performance.now() - started;
  await db.$disconnect();

  console.log(`database: ${database.kind}`);
  console.log(`rows: ${rows.length.toLocaleString('en-US')} (${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV), content hash ${outcome.contentHash}`);
  console.log(`parse CSV:                 ${seconds(parseMs)} s`);
  console.log(`import (validate+hash+insert+audit): ${seconds(importMs)} s, ${rate(rows.length, importMs)} rows/s`);
  console.log(`baseline createMany:       ${seconds(baselineMs)} s, ${rate(rows.length, baselineMs)} rows/s`);
  console.log(`import time / baseline time: ${(importMs / baselineMs).toFixed(2)}`);
} finally {
  await database.release();
}
