#!/usr/bin/env node
// `npm run bench`: how many requests the app's hot pages serve, beside what the framework and the
// data allow, in one interleaved run (issue 13). Not part of `npm test`.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench -- [--findings 1000000]
//     [--connections 8] [--seconds 10] [--rounds 2] [--warmup 5] [--database bench_1000000] [--fresh]
//
// 1. A database on DATABASE_URL's (local) server named after the number of findings: migrated, seeded
//    with the demo and filled by scripts/generate-province.mjs (the province's 21 cities and 26,000
//    villages, an assessment per city, 600,000 households, checks, and --findings findings with their
//    rectifications). It is kept for the next run (filling it takes minutes); --fresh drops and fills it again.
// 2. Three servers on loopback: the app (`next start` of the current build; built first when there is
//    none), a minimal Next app doing the list's least work (scripts/bench/minimal-next: the same rows,
//    server-rendered, no sign-in, no messages) — the framework's floor — and plain Node `http` + `pg`
//    returning the same rows (scripts/bench/bare-server.mjs) — the data's floor.
// 3. admin and a county official (fengkai) sign in; every target is warmed up, then measured with
//    autocannon at --connections, each target in turn, --rounds times (so a noisy moment hits all).
// 4. One table: requests/s, p50/p95/p99, CPU ms per request of the server answering (its process tree,
//    from /proc), non-2xx answers, and each page ÷ the minimal Next page and ÷ the bare server; then the
//    app's memory after the load, and the plans of every hot query (hot-query-plans.mjs). A hot query
//    that scans a large table, or any failed request, makes the run exit with 1; and, with the servers
//    stopped, the list's rows read through Prisma beside one join through `pg` (list-query-orm.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureAppRole } from '../lib/app-role.mjs';
import { assertLocalDatabase, createScratchDatabase, findFreePort } from '../lib/database.mjs';
import { runPrisma } from '../lib/run-prisma.mjs';
import { BrowserSession } from '../load/browser-session.mjs';
import { explainHotQueries } from './hot-query-plans.mjs';
import { compareListQuery } from './list-query-orm.mjs';

const { values: args } = parseArgs({
  options: {
    findings: { type: 'string', default: '1000000' },
    connections: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '5' },
    database: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const FINDINGS = Number(args.findings);
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const WARMUP = Number(args.warmup);
const SERVER_URL = process.env.DATABASE_URL;
if (!SERVER_URL) throw new Error('DATABASE_URL (a local PostgreSQL server) is not set');
assertLocalDatabase(SERVER_URL);
const NAME = args.database ?? `bench_${FINDINGS}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
const node = (script, scriptArgs, extraEnv = {}) => {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) throw new Error(`${script} ${scriptArgs.join(' ')} failed (${result.status})`);
};

// ── 1. The database ─────────────────────────────────────────────────────────────────────────────
const ownerUrl = (() => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${NAME}`;
  return url.toString();
})();

async function findingCount() {
  const client = new pg.Client({ connectionString: ownerUrl });
  try {
    await client.connect();
    // A database filled before the province generator (findings alone) is filled again.
    const { rows: [row] } = await client.query(`SELECT count(*) AS n, EXISTS (SELECT 1 FROM "RosterImport" WHERE id LIKE 'gri-%') AS province FROM "Finding"`);
    return row.province ? Number(row.n) : -1;
  } catch {
    return -1; // no such database, or not migrated
  } finally {
    await client.end().catch(() => {});
  }
}

const auditSecret = randomBytes(32).toString('hex');
if (args.fresh || (await findingCount()) < FINDINGS) {
  const scratch = await createScratchDatabase(SERVER_URL, NAME).catch(async () => {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
    await admin.end();
    return createScratchDatabase(SERVER_URL, NAME);
  });
  console.log(`Filling ${NAME} with the demo and ${FINDINGS.toLocaleString('en')} findings …`);
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: scratch.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  node('node_modules/.bin/tsx', ['seeds/seed.ts'], { DATABASE_URL: scratch.url, AUDIT_SECRET: auditSecret, DEMO_MODE: '1' });
  const started = performance.now();
  node('scripts/generate-province.mjs', ['--findings', String(FINDINGS)], { DATABASE_URL: scratch.url });
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} else {
  // A kept database takes the migrations made since it was filled.
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: ownerUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
}
{
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  await client.query('VACUUM ANALYZE');
  await client.end();
}
const appUrl = await ensureAppRole(ownerUrl);

// ── 2. The servers ──────────────────────────────────────────────────────────────────────────────
const MINIMAL_DIR = 'scripts/bench/minimal-next';
if (!existsSync('.next/BUILD_ID')) node('node_modules/.bin/next', ['build']);
if (!existsSync(`${MINIMAL_DIR}/.next/BUILD_ID`)) node('node_modules/.bin/next', ['build', MINIMAL_DIR]);

async function waitForHttp(url, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const servers = [];
async function startServer(name, command, commandArgs, extraEnv, probe = '/') {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [command, ...commandArgs(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, NODE_ENV: 'production', PORT: String(port), ...extraEnv(baseUrl) },
  });
  servers.push(child);
  await waitForHttp(`${baseUrl}${probe}`);
  return { name, baseUrl, pid: child.pid };
}

const app = await startServer(
  'app',
  'node_modules/.bin/next',
  (port) => ['start', '-p', String(port), '-H', '127.0.0.1'],
  (baseUrl) => ({
    DATABASE_URL: appUrl,
    AUDIT_SECRET: auditSecret,
    DEMO_MODE: '1',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'assess-bench-')),
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
  }),
  '/login',
);
const minimal = await startServer('minimal Next', 'node_modules/.bin/next', (port) => ['start', MINIMAL_DIR, '-p', String(port), '-H', '127.0.0.1'], () => ({ DATABASE_URL: appUrl }));
const bare = await startServer('bare Node + pg', 'scripts/bench/bare-server.mjs', () => [], () => ({ DATABASE_URL: appUrl }));

/** CPU time (ms) and resident memory (MB) of a process and all its descendants, from /proc. */
function processTree(rootPid) {
  const children = new Map();
  const stats = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      stats.set(pid, { ticks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]) });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended meanwhile
    }
  }
  let ticks = 0;
  let rssPages = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop();
    const s = stats.get(pid);
    if (s) {
      ticks += s.ticks;
      rssPages += s.rssPages;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  const hz = 100; // USER_HZ on Linux
  return { cpuMs: (ticks * 1000) / hz, rssMb: (rssPages * 4096) / 1024 / 1024 };
}

// ── 3. Sign-in and the targets ──────────────────────────────────────────────────────────────────
async function signedIn(username) {
  const session = new BrowserSession(app.baseUrl, username);
  await session.signIn('demo-2019');
  return session;
}
const [adminSession, officialSession] = [await signedIn('admin'), await signedIn('fengkai')];
const cookieOf = (session) => [...session.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

const ids = await (async () => {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const deep = (await client.query('SELECT "createdAt", id FROM "Finding" ORDER BY "createdAt" DESC, id DESC OFFSET $1 LIMIT 1', [Math.floor(FINDINGS / 5)])).rows[0];
    const finding = (await client.query('SELECT id FROM "Finding" ORDER BY "createdAt" DESC, id DESC LIMIT 1')).rows[0];
    const assessment = (await client.query('SELECT a.id, a."campaignId" FROM "Assessment" a ORDER BY (SELECT count(*) FROM "Finding" f WHERE f."assessmentId" = a.id) DESC LIMIT 1')).rows[0];
    // As modules/findings/cursor.ts encodes it.
    const deepCursor = Buffer.from(JSON.stringify(['newest', new Date(deep.createdAt).toISOString(), deep.id, '']), 'utf8').toString('base64url');
    return { findingId: finding.id, assessmentId: assessment.id, campaignId: assessment.campaignId, deepCursor };
  } finally {
    await client.end();
  }
})();

const admin = cookieOf(adminSession);
const official = cookieOf(officialSession);
const TARGETS = [
  { name: 'bare Node + pg (50 rows)', server: bare, path: '/' },
  { name: 'minimal Next page (50 rows)', server: minimal, path: '/' },
  { name: 'login page', server: app, path: '/login' },
  { name: 'home, admin', server: app, path: '/', cookie: admin },
  { name: 'home, county official', server: app, path: '/', cookie: official },
  { name: 'findings list, admin, first page', server: app, path: '/findings', cookie: admin, list: true },
  { name: 'findings list, admin, deep page', server: app, path: `/findings?cursor=${ids.deepCursor}`, cookie: admin, list: true },
  { name: 'findings list, official, first page', server: app, path: '/findings', cookie: official, list: true },
  { name: 'findings list, official, deep page', server: app, path: `/findings?cursor=${ids.deepCursor}`, cookie: official, list: true },
  { name: 'a finding', server: app, path: `/findings/${ids.findingId}`, cookie: admin },
  { name: 'assessment hub', server: app, path: `/assessments/${ids.assessmentId}`, cookie: admin },
  { name: 'dashboard, province', server: app, path: `/campaigns/${ids.campaignId}/dashboard`, cookie: admin },
];

function load(target, seconds, record) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      {
        url: `${target.server.baseUrl}${target.path}`,
        connections: CONNECTIONS,
        duration: seconds,
        headers: target.cookie ? { cookie: target.cookie } : {},
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    if (record) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

console.log(`\nWarming up (${WARMUP} s each) …`);
for (const target of TARGETS) {
  const { result } = await load(target, WARMUP, false);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.name}: ${result.non2xx} non-2xx answers and ${result.errors} errors while warming up`);
}

const totals = new Map(TARGETS.map((t) => [t, { requests: 0, seconds: 0, latencies: [], cpuMs: 0, failed: 0 }]));
for (let round = 1; round <= ROUNDS; round += 1) {
  console.log(`Round ${round} of ${ROUNDS} (${SECONDS} s per target, ${CONNECTIONS} connections) …`);
  for (const target of TARGETS) {
    const before = processTree(target.server.pid).cpuMs;
    const started = performance.now();
    const { result, latencies } = await load(target, SECONDS, true);
    const total = totals.get(target);
    total.seconds += (performance.now() - started) / 1000;
    total.cpuMs += processTree(target.server.pid).cpuMs - before;
    total.requests += result.requests.total;
    total.failed += result.non2xx + result.errors + result.timeouts;
    total.latencies.push(...latencies);
  }
}
const appMemory = processTree(app.pid).rssMb;

// ── 4. The table ────────────────────────────────────────────────────────────────────────────────
const percentile = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
const figures = new Map(
  TARGETS.map((t) => {
    const total = totals.get(t);
    const sorted = total.latencies.sort((a, b) => a - b);
    const rps = total.requests / total.seconds;
    return [t, { rps, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), cpu: total.cpuMs / Math.max(1, total.requests), failed: total.failed }];
  }),
);
const floor = figures.get(TARGETS[1]);
const data = figures.get(TARGETS[0]);
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
console.log(`\n${FINDINGS.toLocaleString('en')} findings · ${CONNECTIONS} connections · ${ROUNDS} × ${SECONDS} s per target, interleaved\n`);
console.log('| target | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | failed | ÷ minimal Next (req/s) | CPU ÷ minimal Next | ÷ bare (req/s) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const t of TARGETS) {
  const f = figures.get(t);
  console.log(`| ${t.name} | ${fmt(f.rps)} | ${fmt(f.p50, 0)} | ${fmt(f.p95, 0)} | ${fmt(f.p99, 0)} | ${fmt(f.cpu)} | ${f.failed} | ${fmt(f.rps / floor.rps, 2)} | ${fmt(f.cpu / floor.cpu, 2)} | ${fmt(f.rps / data.rps, 3)} |`);
}
const list = TARGETS.filter((t) => t.list).map((t) => figures.get(t).rps);
const listRps = list.reduce((a, b) => a + b, 0) / list.length;
console.log(`\nApp server memory after the load: ${appMemory.toFixed(0)} MB RSS (goal ≤ 400 MB).`);
console.log(`Findings list pages average ${fmt(listRps)} req/s = ${fmt(listRps / floor.rps, 2)} × the minimal Next page (goal ≥ 0.67).`);
for (const name of ['home, admin', 'assessment hub', 'dashboard, province']) {
  const t = TARGETS.find((x) => x.name === name);
  console.log(`${name}: ${fmt(figures.get(t).rps / listRps, 2)} × the list pages' throughput (goal ≥ 0.67).`);
}

for (const server of servers) server.kill('SIGTERM');

// The servers are gone: the ORM's cost is measured on an idle machine.
const orm = await compareListQuery(ownerUrl);
console.log(`Prisma ÷ raw pg for the list's rows (median of 300): ${fmt(orm.prismaMs, 2)} ms ÷ ${fmt(orm.pgMs, 2)} ms = ${fmt(orm.ratio, 2)} (goal ≤ 1.3; Prisma sends ${orm.statements} statements where the join is one).`);

// ── 5. The plans ────────────────────────────────────────────────────────────────────────────────
console.log('\nPlans of the hot queries (EXPLAIN ANALYZE):');
const plans = await explainHotQueries(ownerUrl, ids);
let scans = 0;
for (const p of plans) {
  console.log(`\n## ${p.page}: ${p.statements} statements${p.scans.length > 0 ? `, ${p.scans.length} SCAN(S) OF A LARGE TABLE` : ''}`);
  for (const plan of p.plans) console.log(`\n${plan}`);
  for (const s of p.scans) console.log(`!! ${s}`);
  scans += p.scans.length;
}
const failed = [...figures.values()].reduce((n, f) => n + f.failed, 0);
if (scans > 0 || failed > 0) {
  console.error(`\nFAILED: ${scans} hot-query scan(s) of a large table, ${failed} failed request(s).`);
  process.exit(1);
}
console.log('\nEvery hot query uses an index; no request failed.');
