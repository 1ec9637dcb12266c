#!/usr/bin/env node
// Benchmark: a maximum-size roster import through the import job, and how fast a page's reads
// answer while it runs. A fresh database gets the reference regions and an admin; a generated
// roster of the most rows the import limits allow is recorded as a job exactly as the upload route
// does (modules/imports/mutations.ts) and queued; the worker runs in its own process (scripts/worker.mjs),
// as under `npm start`. Meanwhile this process times the roster page's reads (the county's snapshots
// and its latest import job) every 100 ms, and the same reads before the import as a baseline.
// With --url, a page of a running server is timed instead (e.g. http://localhost:3000/login).
//
//   node scripts/bench-import-job.mjs [--rows 200000] [--url http://localhost:3000/login]
//
// With DATABASE_URL (a local server) a scratch database is created there and dropped afterwards;
// without it an embedded PostgreSQL is used.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { assertLocalDatabase, createScratchDatabase, startEmbeddedPostgres } from './lib/database.mjs';
import { runPrisma } from './lib/run-prisma.mjs';
import { stubSessionModule } from './lib/session-stub.mjs';

stubSessionModule();

const ROOT = new URL('../', import.meta.url).href;
const load = (path) => tsImport(path, ROOT);
const { IMPORT_LIMITS } = await load('./modules/imports/limits.ts');
const { values } = parseArgs({ options: { rows: { type: 'string', default: String(IMPORT_LIMITS.ROSTER.rows - 1) }, url: { type: 'string' } } });
const ROWS = Number(values.rows);

async function freshDatabase() {
  if (process.env.DATABASE_URL) {
    assertLocalDatabase(process.env.DATABASE_URL);
    const db = await createScratchDatabase(process.env.DATABASE_URL, `bench_import_${randomBytes(4).toString('hex')}`);
    return { url: db.url, kind: 'PostgreSQL (local server)', release: db.drop };
  }
  const server = await startEmbeddedPostgres({ dir: 'memory://' });
  return { url: server.url, kind: 'embedded', release: server.stop };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `n=${sorted.length} p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};

const database = await freshDatabase();
process.env.DATABASE_URL = database.url;
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

  const timeOnce = values.url
    ? async () => {
        const started = performance.now();
        await (await fetch(values.url)).arrayBuffer();
        return performance.now() - started;
      }
    : async () => {
        const started = performance.now();
        await getCountyRoster(db, actor, county.id);
        await findLatestImportJob(db, actor, 'ROSTER', county.id);
        return performance.now() - started;
      };

  worker = spawn(process.execPath, ['scripts/worker.mjs'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: database.url } });
  await new Promise((resolve) => worker.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve()));

  const idle = [];
  for (let i = 0; i < 50; i++) {
    idle.push(await timeOnce());
    await sleep(20);
  }

  const file = new File([csv], 'bench.csv');
  const uploadStarted = performance.now();
  const { jobId } = await db.$transaction((tx) => createImportJob({ actor, tx, audit: (e) => recordAuditEvent(tx, actor.userId, e) }, { kind: 'ROSTER', targetId: county.id, file, limits: IMPORT_LIMITS.ROSTER }));
  await enqueueImport(jobId);
  const answeredMs = performance.now() - uploadStarted;

  const during = [];
  const phases = {};
  let job;
  for (;;) {
    job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { state: true, phase: true, rowCount: true, startedAt: true, finishedAt: true, outcome: true } });
    if (job.state === 'RUNNING') {
      phases[job.phase] ??= performance.now();
      during.push(await timeOnce());
    }
    if (job.state !== 'QUEUED' && job.state !== 'RUNNING') break;
    await sleep(100);
  }
  const totalMs = performance.now() - uploadStarted;
  await stopImportQueue();
  await db.$disconnect();
  if (job.state !== 'DONE') throw new Error(`import ended ${job.state}: ${JSON.stringify(job.outcome)}`);

  const runMs = job.finishedAt - job.startedAt;
  console.log(`database: ${database.kind}`);
  console.log(`roster: ${ROWS.toLocaleString('en-US')} households, ${(file.size / 1024 / 1024).toFixed(1)} MB of CSV`);
  console.log(`upload answered (job recorded and queued): ${answeredMs.toFixed(0)} ms`);
  console.log(`job run in the worker (read, validate, staged save, publish): ${(runMs / 1000).toFixed(2)} s, ${Math.round(ROWS / (runMs / 1000)).toLocaleString('en-US')} rows/s`);
  console.log(`upload to done (queue pick-up included): ${(totalMs / 1000).toFixed(2)} s`);
  console.log(`phases first seen at (s after upload): ${Object.entries(phases).map(([p, at]) => `${p} ${((at - uploadStarted) / 1000).toFixed(1)}`).join(', ')}`);
  console.log(`${values.url ? `GET ${values.url}` : 'roster page reads'} idle:          ${summary(idle)}`);
  console.log(`${values.url ? `GET ${values.url}` : 'roster page reads'} during import: ${summary(during)}`);
} finally {
  // The worker's connections must be gone before its database is dropped.
  if (worker && worker.exitCode === null) {
    const exited = once(worker, 'close');
    worker.kill('SIGTERM');
    await exited;
  }
  await database.release();
}
