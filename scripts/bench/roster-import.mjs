#!/usr/bin/env node
// Benchmark: a maximum-size roster import through the import job, and how fast a page's reads
// answer while it runs. A fresh database gets the reference regions and an admin; a generated
// roster of the most rows the import limits allow is recorded as a job exactly as the upload route
// does (modules/imports/mutations.ts) and queued; the worker runs in its own process (scripts/worker.mjs),
// as under `npm start`. Meanwhile this process times the roster page's reads (the county's snapshots
// and its latest import job) every 100 ms, and the same reads before the import as a baseline.
// With --url, a page of a running server is timed instead (e.g. http://localhost:3000/login).
//
//   node scripts/bench/roster-import.mjs [--rows 200000] [--url http://localhost:3000/login]
//
// With DATABASE_URL (a local server) a scratch database is created there and dropped afterwards;
// without it an embedded PostgreSQL is used.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { runPrisma } from '../lib/run-prisma.mjs';
import { stubSessionModule } from '../lib/session-stub.mjs';
import { followJob, freshBenchDatabase, printJobFigures, startBenchWorker, stopBenchWorker, timeIdle, timer } from './import-job-harness.mjs';

stubSessionModule();

const ROOT = new URL('../../', import.meta.url).href;
const load = (path) => tsImport(path, ROOT);
const { IMPORT_LIMITS } = await load('./modules/imports/limits.ts');
const { values } = parseArgs({ options: { rows: { type: 'string', default: String(IMPORT_LIMITS.ROSTER.rows - 1) }, url: { type: 'string' } } });
const ROWS = Number(values.rows);

const database = await freshBenchDatabase('bench_import');
process.env.DATABASE_URL = database.url;
// The audit chain needs a secret; a throwaway one for this scratch database (the worker inherits it).
process.env.AUDIT_SECRET ??= randomBytes(32).toString('hex');
let worker;
try {
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  const { getDb } = await load('./lib/server/db.ts');
  const { seedReferenceRegions } = await load('./seeds/reference-regions.ts');
  const { createUser } = await load('./seeds/factories/users.ts');
  const { loadActor } = await load('./modules/auth/actor.ts');
  const { recordAuditEvent } = await load('./modules/audit/mutations.ts');
  const { generateRoster, toRosterCsv } = await load('./modules/households/roster-generator.ts');
  const { getCountyRoster } = await load('./modules/households/queries.ts');
  const { createImportJob } = await load('./modules/imports/mutations.ts');
  const { findLatestImportJob } = await load('./modules/imports/queries.ts');
  const { enqueueImport, stopImportQueue } = await load('./modules/imports/queue.ts');

  const db = getDb();
  const regions = await seedReferenceRegions(db);
  const admin = await createUser(db, { username: 'bench-admin', roles: [{ role: 'ADMIN' }] });
  const actor = await loadActor(db, admin.id);
  const county = regions.counties.Fengkai;
  const villages = regions.villages.filter((v) => v.path.startsWith(county.path));
  const csv = toRosterCsv(generateRoster({ villageCodes: villages.map((v) => v.code), count: ROWS, seed: 'bench', codePrefix: county.code }));

  const timeOnce = timer(values.url, async () => {
    await getCountyRoster(db, actor, county.id);
    await findLatestImportJob(db, actor, 'ROSTER', county.id);
  });
  worker = await startBenchWorker(database.url);
  const idle = await timeIdle(timeOnce);

  const file = new File([csv], 'bench.csv');
  const uploadStarted = performance.now();
  const { jobId } = await db.$transaction((tx) => createImportJob({ actor, tx, audit: (e) => recordAuditEvent(tx, actor.userId, e) }, { kind: 'ROSTER', targetId: county.id, file, limits: IMPORT_LIMITS.ROSTER }));
  await enqueueImport(jobId);
  const answeredMs = performance.now() - uploadStarted;

  const { job, during, phases } = await followJob(db, jobId, timeOnce);
  const totalMs = performance.now() - uploadStarted;
  await stopImportQueue();
  await db.$disconnect();
  if (job.state !== 'DONE') throw new Error(`import ended ${job.state}: ${JSON.stringify(job.outcome)}`);

  console.log(`database: ${database.kind}`);
  console.log(`roster: ${ROWS.toLocaleString('en-US')} households, ${(file.size / 1024 / 1024).toFixed(1)} MB of CSV`);
  printJobFigures({ uploadStarted, answeredMs, totalMs, job, phases, steps: 'read, validate, staged save, publish', readLabel: values.url ? `GET ${values.url}` : 'roster page reads', idle, during });
} finally {
  await stopBenchWorker(worker);
  await database.release();
}
