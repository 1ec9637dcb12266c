#!/usr/bin/env node
// `npm run check:stop`: starts `npm start` (node scripts/start.mjs) on a new data folder and a free
// port with the embedded database, waits until it serves, stops it, and fails unless it stopped in
// order: exit code 0 within STOP_BOUND_MS, no queue or connection error in its output, and no
// process left (Next, the worker, PostgreSQL). Twice: SIGTERM to the start process alone (as a
// service manager does), then SIGINT to its whole process group (as Ctrl+C in a terminal does).
// Not in the test stages: the first run builds the application (minutes).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort, isAlive } from './lib/database.mjs';

const READY_BOUND_MS = 15 * 60_000;
const STOP_BOUND_MS = 60_000;
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

async function checkStop(how) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'assess-stop-'));
  // As root the server runs as the OS user postgres, which must reach its folder inside.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: '0' };
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
    const stopped = Date.now();
    if (how === 'SIGTERM') process.kill(start.pid, 'SIGTERM');
    else process.kill(-start.pid, 'SIGINT');
    const result = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), STOP_BOUND_MS))]);
    const problems = [];
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
    if (start.exitCode === null) process.kill(-start.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [await checkStop('SIGTERM'), await checkStop('SIGINT to the group')];
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
