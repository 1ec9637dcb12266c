#!/usr/bin/env node
// `npm run cluster`: the deployment of docs/deployment.md on this machine, under load, for a few
// minutes. In a temporary folder, on free loopback ports: a PostgreSQL primary and a streaming
// standby, an S3-compatible store, a release step (migrations, the app's role, the demo data), one
// build, two app replicas started as a deployment starts them (`npm start` with DATABASE_URL, each
// with its worker), and HAProxy in front checking /api/ready. Signed-in demo users read and write
// through HAProxy while one replica is stopped gracefully and started again; then it prints what
// each replica served, the failures, and whether every write, every photo, the standby's reads and
// the scheduled jobs came out right. Exit 1 on any failure outside the stop. Everything it started
// is stopped and the folder removed at the end, on failure and on Ctrl+C (`--keep` keeps the folder,
// with every server's log).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findFreePort } from '../lib/database.mjs';
import { startReplicaPair } from '../lib/replica-pair.mjs';
import { startS3TestServer } from '../lib/s3-test-server.mjs';
import { startAppReplica } from './app-replica.mjs';
import { checkEvidence, checkScheduledJobs, checkWrites } from './checks.mjs';
import { findHaproxy, HAPROXY_INSTALL, startHaproxy } from './haproxy.mjs';
import { auditChainIntact, buildOnce, clusterSecrets, listensOnLoopbackOnly, release, replicaEnv, workerStarts } from './setup.mjs';
import { checkReplicaReads } from './replica-reads.mjs';
import { describeStop, summarizeTraffic, watchGracefulStop } from './traffic.mjs';
import { startWorkload } from './workload.mjs';

/** The load runs this long before the stop, and this long once the stopped replica is back. */
const LOAD_MS = { beforeStop: 15_000, downBeforeRestart: 3_000, afterRestart: 15_000 };
/** Longer than HAProxy takes to notice a 503 (2 checks 1 s apart). */
const DRAIN_SECONDS = 4;

const { values: args } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const haproxy = findHaproxy();
if (!haproxy) {
  console.error(`npm run cluster needs HAProxy, which is not installed. On Debian or Ubuntu: sudo ${HAPROXY_INSTALL}`);
  process.exit(1);
}

const started = Date.now();
const log = (message) => console.log(`[cluster ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const dir = mkdtempSync(path.join(tmpdir(), 'assess-cluster-'));
// As root the database servers run as the OS user postgres, which must reach their folders.
if (process.getuid?.() === 0) chmodSync(dir, 0o755);

const cleanups = [];
let cleaning;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const stop of cleanups.reverse()) await stop().catch((error) => console.error(`[cluster] while stopping: ${error.message}`));
    if (args.keep) console.log(`[cluster] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  })());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[cluster] ${signal}: stopping everything it started…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** A data folder per replica; the audit checkpoints on one shared folder, as on a shared volume. */
function dataDir(name) {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  symlinkSync(path.join(dir, 'shared', 'audit-checkpoints'), path.join(folder, 'audit-checkpoints'));
  return folder;
}

async function run() {
  mkdirSync(path.join(dir, 'shared', 'audit-checkpoints'), { recursive: true });
  const pair = await startReplicaPair({ dir: path.join(dir, 'db'), flags: ['-c', 'fsync=off', '-c', 'full_page_writes=off'], stopOnSignal: false });
  cleanups.push(pair.stop);
  const s3 = await startS3TestServer({ dataDir: path.join(dir, 's3') });
  cleanups.push(s3.stop);
  log(`PostgreSQL primary and standby, S3 store at ${s3.endpoint} (bucket ${s3.bucket})`);
  const secrets = clusterSecrets();
  await release({ ownerUrl: pair.primaryUrl, secrets, s3, dataDir: dataDir('release') });
  log('released: migrations applied once, the app role granted, the demo data loaded');
  secrets.APP_BUILD_ID = await buildOnce(secrets, log);

  const names = ['app-a', 'app-b'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await findFreePort()])));
  const balancer = await startHaproxy({ binary: haproxy, dir, port: await findFreePort(), servers: names.map((name) => ({ name, port: ports[name] })) });
  cleanups.push(balancer.stop);
  const env = replicaEnv({ pair, s3, secrets, balancerUrl: balancer.url, drainSeconds: DRAIN_SECONDS });
  const replicas = {};
  cleanups.push(() => Promise.all(Object.values(replicas).map((r) => r.stop('SIGINT'))));
  const startReplica = async (name) => {
    replicas[name] = await startAppReplica({ name, port: ports[name], dataDir: path.join(dir, name), env });
    await balancer.waitUntilUp(name);
  };
  for (const name of names) dataDir(name);
  await Promise.all(names.map(startReplica));
  const loopback = listensOnLoopbackOnly([...Object.values(ports), ...[balancer.url, s3.endpoint, pair.primaryUrl, pair.replicaUrl].map((u) => Number(new URL(u).port))]);
  log(`${names.join(' and ')} ready (npm start, build ${secrets.APP_BUILD_ID}); HAProxy at ${balancer.url}`);

  const runId = `c${Date.now().toString(36)}`;
  const since = new Date();
  const load = await startWorkload({ baseUrl: balancer.url, runId });
  log('load running: 2 assessors writing, 3 officials and the admin reading');
  await sleep(LOAD_MS.beforeStop);
  log('stopping app-b gracefully (SIGTERM)…');
  const stopAt = await watchGracefulStop(replicas['app-b'], balancer);
  await sleep(LOAD_MS.downBeforeRestart);
  log('starting app-b again…');
  await startReplica('app-b');
  const backAt = Date.now();
  log('app-b is back in HAProxy');
  await sleep(LOAD_MS.afterRestart);
  const results = await load.stop();
  log('load stopped; checking');

  const serving = names.map((n) => replicas[n]);
  const sections = [
    ['Stop and restart', { lines: [...describeStop('app-b', stopAt, DRAIN_SECONDS, results.answers, backAt), loopback.line], problems: loopback.problems }],
    ['Traffic through HAProxy', summarizeTraffic(results, stopAt, await balancer.stats(), names)],
    ['Writes', await checkWrites(pair.primaryUrl, runId, results)],
    ['Object storage', await checkEvidence(s3, results.uploads, serving)],
    ['Read replica', await checkReplicaReads({ pair, baseUrl: balancer.url, replicas: serving, runId })],
    ['Scheduled jobs', await checkScheduledJobs(pair.primaryUrl, since, workerStarts(names.map((n) => path.join(dir, n))))],
    ['Audit trail', await auditChainIntact({ ownerUrl: pair.primaryUrl, secrets, dataDir: path.join(dir, 'release') })],
  ];
  const problems = [];
  for (const [title, section] of sections) {
    console.log(`\n${title}`);
    for (const line of section.lines) console.log(`  ${line}`);
    problems.push(...section.problems);
  }
  console.log(`\n${problems.length === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s${problems.map((p) => `\n  ✗ ${p}`).join('')}`);
  return problems.length === 0;
}

let passed = false;
try {
  passed = await run();
} catch (error) {
  console.error(`[cluster] ${error.stack ?? error}`);
} finally {
  await cleanUp();
}
process.exit(passed ? 0 : 1);
