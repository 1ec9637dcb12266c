#!/usr/bin/env node
// `npm run check:stop`: starts `npm start` (node scripts/start.mjs) on a new data folder and a free
// port with the embedded database, waits until it serves, stops it, and fails unless it stopped in
// order: exit code 0 within STOP_BOUND_MS, no queue or connection error in its output, and no
// process left (Next, the worker, PostgreSQL). Twice: SIGTERM to the start process alone (as a
// service manager does), then SIGINT to its whole process group (as Ctrl+C in a terminal does).
// The SIGTERM run also checks, while it serves, the probes and the request id down to the audit
// trail (scripts/lib/serving-checks.mjs), and then the stop of a replica behind a load balancer:
// a sign-in held up in the database is in flight; /api/ready turns 503 while the server still
// serves (SHUTDOWN_DELAY_SECONDS); then the port closes, and the sign-in is let go and answered.
// The test runner's `stop` stage runs it on the build of its run (start.mjs finds it up to date).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, isAlive, openEmbeddedDatabase } from './lib/database.mjs';
import { checkServing, holdSignIn, refusesConnections } from './lib/serving-checks.mjs';

const READY_BOUND_MS = 15 * 60_000;
const STOP_BOUND_MS = 60_000;
/** The drain of the SIGTERM run: long enough to see /api/ready answer 503 several times. */
const DRAIN_SECONDS = 3;
const BAD_OUTPUT = /queue error|terminating connection|administrator command|ECONNREFUSED|Connection terminated/i;

/** Every process descended from `root`, from /proc. */
function descendants(root) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      // The command may hold spaces and parentheses: the fields after the last ')' are plain.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  for (let added = [root]; added.length > 0; ) {
    added = [...parentOf].filter(([pid, ppid]) => added.includes(ppid) && !found.includes(pid)).map(([pid]) => pid);
    found.push(...added);
  }
  return found;
}

async function waitFor(check, boundMs, what) {
  const deadline = Date.now() + boundMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${boundMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * After SIGTERM: /api/ready answers 503 (stopping) while the server still serves, then the port
 * closes with the held sign-in still in flight; let go, the sign-in is answered.
 */
async function drainWithRequestInFlight(port, held) {
  const problems = [];
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/api/ready`).catch(() => null))?.status === 503, STOP_BOUND_MS, '/api/ready answering 503 after SIGTERM');
  const health = await fetch(`${base}/api/health`).catch((error) => ({ status: error.cause?.code ?? error.message }));
  if (health.status !== 200) problems.push(`/api/health while draining: ${health.status}`);
  await waitFor(() => refusesConnections(port), STOP_BOUND_MS, 'the server closing its port');
  if (held.settled()) problems.push(`the held sign-in ended before it was let go: ${JSON.stringify(await held.answer)}`);
  await held.release();
  const answer = await held.answer;
  if (!(answer.status < 500)) problems.push(`the sign-in in flight at the stop was not answered: ${JSON.stringify(answer)}`);
  return problems;
}

async function checkStop(how) {
  let db;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'assess-stop-'));
  // As root the server runs as the OS user postgres, which must reach its folder inside.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: '0', SHUTDOWN_DELAY_SECONDS: how === 'SIGTERM' ? String(DRAIN_SECONDS) : '0' };
  delete env.DATABASE_URL;
  let output = '';
  // Its own process group, so that the group can be signalled as a terminal would.
  const start = spawn(process.execPath, ['scripts/start.mjs'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [start.stdout, start.stderr]) stream.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => start.once('exit', (code, signal) => resolve({ code, signal })));
  try {
    await waitFor(async () => {
      if (start.exitCode !== null) throw new Error(`npm start exited early (${start.exitCode}):\n${output}`);
      const page = await fetch(`http://127.0.0.1:${port}/login`).catch(() => null);
      return page?.ok && output.includes('"worker ready"');
    }, READY_BOUND_MS, 'npm start serving');
    const postgresPid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const pids = [...descendants(start.pid), postgresPid];
    const problems = [];
    let held = null;
    if (how === 'SIGTERM') {
      db = new pg.Client({ connectionString: (await openEmbeddedDatabase({ dataDir, stopOnSignal: false })).url });
      // Ended before the database server stops; an error after that is the server stopping.
      db.on('error', () => undefined);
      await db.connect();
      problems.push(...(await checkServing(`http://127.0.0.1:${port}`, db)));
      held = await holdSignIn(`http://127.0.0.1:${port}`, db);
    }
    const stopped = Date.now();
    if (how === 'SIGTERM') process.kill(start.pid, 'SIGTERM');
    else process.kill(-start.pid, 'SIGINT');
    if (held) {
      problems.push(...(await drainWithRequestInFlight(port, held)));
      await db.end();
      db = null;
    }
    const result = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), STOP_BOUND_MS))]);
    if (!result) problems.push(`still running after ${STOP_BOUND_MS / 1000} s`);
    else if (result.code !== 0) problems.push(`exit code ${result.code ?? result.signal}`);
    const left = pids.filter(isAlive);
    if (left.length > 0) problems.push(`processes left: ${left.join(', ')} (postgres ${postgresPid})`);
    const bad = output.split('\n').filter((line) => BAD_OUTPUT.test(line));
    if (bad.length > 0) problems.push(`error output:\n  ${bad.slice(0, 5).join('\n  ')}`);
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${how}: stopped in ${((Date.now() - stopped) / 1000).toFixed(1)} s${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    return problems.length === 0;
  } finally {
    await db?.end().catch(() => undefined);
    if (start.exitCode === null) process.kill(-start.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [await checkStop('SIGTERM'), await checkStop('SIGINT to the group')];
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
