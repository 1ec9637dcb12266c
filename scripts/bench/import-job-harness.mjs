// What the import-job benchmarks share: a scratch database, the worker in its own process (as under
// `npm start`), a read timed before and while a job runs, and the figures they print.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { assertLocalDatabase, createScratchDatabase, openTemporaryEmbeddedDatabase } from '../lib/database.mjs';

/** A scratch database on DATABASE_URL's local server (dropped by `release`), or an embedded server. */
export async function freshBenchDatabase(prefix) {
  if (process.env.DATABASE_URL) {
    assertLocalDatabase(process.env.DATABASE_URL);
    const db = await createScratchDatabase(process.env.DATABASE_URL, `${prefix}_${randomBytes(4).toString('hex')}`);
    return { url: db.url, kind: 'PostgreSQL (local server)', release: db.drop };
  }
  const server = await openTemporaryEmbeddedDatabase();
  return { url: server.url, kind: 'embedded', release: server.stop };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return `n=${sorted.length} p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

/** Times `read` (or a GET of `url`, a page of a running server, when given): one call → milliseconds. */
export function timer(url, read) {
  return async () => {
    const started = performance.now();
    if (url) await (await fetch(url)).arrayBuffer();
    else await read();
    return performance.now() - started;
  };
}

/** The worker process, started on `databaseUrl` and resolved once it says it is ready. */
export async function startBenchWorker(databaseUrl) {
  const worker = spawn(process.execPath, ['scripts/worker.mjs'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl } });
  await new Promise((resolve) => worker.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve()));
  return worker;
}

/** The worker's connections must be gone before its database is dropped. */
export async function stopBenchWorker(worker) {
  if (!worker || worker.exitCode !== null) return;
  const exited = once(worker, 'close');
  worker.kill('SIGTERM');
  await exited;
}

/** 50 timings before the job, 20 ms apart: the baseline. */
export async function timeIdle(timeOnce) {
  const idle = [];
  for (let i = 0; i < 50; i++) {
    idle.push(await timeOnce());
    await sleep(20);
  }
  return idle;
}

/** Follows a queued job to its end, timing the read every 100 ms while it runs and noting when each phase began. */
export async function followJob(db, jobId, timeOnce) {
  const during = [];
  const phases = {};
  for (;;) {
    const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { state: true, phase: true, rowCount: true, startedAt: true, finishedAt: true, outcome: true } });
    if (job.state === 'RUNNING') {
      phases[job.phase] ??= performance.now();
      during.push(await timeOnce());
    }
    if (job.state !== 'QUEUED' && job.state !== 'RUNNING') return { job, during, phases };
    await sleep(100);
  }
}

/** The figures both benchmarks print after the job: answer time, run time, phases and the read's latency. */
export function printJobFigures({ uploadStarted, answeredMs, totalMs, job, phases, steps, readLabel, idle, during }) {
  const runMs = job.finishedAt - job.startedAt;
  console.log(`upload answered (job recorded and queued): ${answeredMs.toFixed(0)} ms`);
  console.log(`job run in the worker (${steps}): ${(runMs / 1000).toFixed(2)} s${job.rowCount ? `, ${Math.round(job.rowCount / (runMs / 1000)).toLocaleString('en-US')} rows/s` : ''}`);
  console.log(`upload to done (queue pick-up included): ${(totalMs / 1000).toFixed(2)} s`);
  console.log(`phases first seen at (s after upload): ${Object.entries(phases).map(([p, at]) => `${p} ${((at - uploadStarted) / 1000).toFixed(1)}`).join(', ')}`);
  console.log(`${readLabel} idle:          ${summary(idle)}`);
  console.log(`${readLabel} during import: ${summary(during)}`);
}
