#!/usr/bin/env node
// `npm run bench:weight`: how heavy and how quick the main pages are on a phone. Builds the app (or,
// with --no-build, serves the build in .next), starts it on a scratch database with the demo data,
// signs in (assessor6 for the field routes, admin for the rest; /login anonymously) and runs
// Lighthouse with its default mobile emulation and simulated throttling (slow 4G, CPU ÷ 4) on
// Debian's Chromium. Prints one table: the median of --runs runs per route of the performance
// score, time to interactive, total blocking time and largest contentful paint, beside the
// JavaScript the route loads before it runs (gzip, from the build: scripts/bench/route-weight.mjs)
// and the script and HTML bytes Lighthouse saw go over the wire.
//
//   npm run bench:weight [-- --runs 3] [-- --no-build] [-- --only /findings]
//
// Databases as in scripts/test.mjs: a scratch database on DATABASE_URL's (local) server, or an
// embedded server in a temporary folder. Budgets (docs/decisions/024-javascript-budget.md): field
// routes ≤ 120 KB and interactive within 3 s; every other route ≤ 150 KB.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureAppRole } from '../lib/app-role.mjs';
import { assertLocalDatabase, createScratchDatabase, findFreePort, openTemporaryEmbeddedDatabase } from '../lib/database.mjs';
import { runPrisma } from '../lib/run-prisma.mjs';
import { waitForHttp } from '../lib/wait-for-http.mjs';
import { BrowserSession } from '../load/browser-session.mjs';
import { measureRouteWeights } from './route-weight.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const RUNS = Number(args.runs);
const PASSWORD = 'demo-2019';
const TTI_BUDGET_MS = 3000;
if (!existsSync(args.chromium)) throw new Error(`No Chromium at ${args.chromium} (apt-get install chromium, or --chromium PATH)`);

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };

function run(command, argv, env = baseEnv) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(argv[0])} ${argv[1] ?? ''} exited with ${code}`))));
  });
}
const npx = (bin, argv, env) => run(process.execPath, [`node_modules/.bin/${bin}`, ...argv], env);

/** A migrated scratch database: on DATABASE_URL's server, or on an embedded one of its own. */
async function openDatabase() {
  if (process.env.DATABASE_URL) {
    assertLocalDatabase(process.env.DATABASE_URL);
    const db = await createScratchDatabase(process.env.DATABASE_URL, `assess_bench_${Date.now()}_${randomBytes(3).toString('hex')}`);
    return { url: db.url, close: db.drop };
  }
  const server = await openTemporaryEmbeddedDatabase();
  return { url: server.url, close: server.stop };
}

/**
 * The pages to measure, with real ids from the demo data: the Fengkai visit of the demo assessment
 * (reopened, so that its check form takes a household), one of its households, and a finding.
 */
async function demoPages(databaseUrl) {
  const { createDb } = await import('@/lib/server/db');
  const { seedChecklists } = await import('@/seeds/scenario-checklists');
  const { SCENARIO_CAMPAIGN } = await import('@/seeds/scenario-zhaoqing-2018');
  const db = createDb(databaseUrl);
  try {
    await seedChecklists(db);
    const visit = await db.siteVisit.findFirstOrThrow({
      where: { region: { code: '441225' }, assessment: { campaign: { ...SCENARIO_CAMPAIGN }, targetRegion: { code: '441200' } } },
      orderBy: { visitDate: 'asc' },
      select: { id: true, assessmentId: true, households: { orderBy: { position: 'asc' }, take: 1, select: { householdId: true } } },
    });
    await db.siteVisit.update({ where: { id: visit.id }, data: { status: 'IN_PROGRESS' } });
    const finding = await db.finding.findFirstOrThrow({ where: { assessmentId: visit.assessmentId }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    const household = visit.households[0]?.householdId;
    if (!household) throw new Error('the demo visit has no household');
    return [
      { name: 'login', route: '/login', url: '/login', user: null },
      { name: 'home', route: '/', url: '/', user: 'admin' },
      { name: 'findings list', route: '/findings', url: '/findings', user: 'admin' },
      { name: 'a finding', route: '/findings/[id]', url: `/findings/${finding.id}`, user: 'admin' },
      { name: 'site visit', route: '/site-visits/[id]', url: `/site-visits/${visit.id}`, user: 'assessor6' },
      { name: 'household check', route: '/site-visits/[id]/checks/new', url: `/site-visits/${visit.id}/checks/new?householdId=${household}`, user: 'assessor6' },
      { name: 'new finding', route: '/assessments/[id]/findings/new', url: `/assessments/${visit.assessmentId}/findings/new`, user: 'assessor6' },
      { name: 'finding in the field', route: '/site-visits/[id]/findings/new', url: `/site-visits/${visit.id}/findings/new`, user: 'assessor6' },
    ];
  } finally {
    await db.$disconnect();
  }
}

let lighthouseVersion = '';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run: the performance figures, and the script bytes on the wire. */
async function measure(port, url, cookie) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  const { lhr } = result;
  lighthouseVersion = lhr.lighthouseVersion;
  if (lhr.runtimeError) throw Object.assign(new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`), { lighthouseRuntime: true });
  const final = lhr.finalDisplayedUrl ?? lhr.finalUrl;
  if (new URL(final).pathname !== new URL(url).pathname) throw new Error(`${url} ended on ${final}: not signed in, or the page moved`);
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytesOf = (type) => requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    tti: lhr.audits.interactive.numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    wireKb: bytesOf('Script') / 1024,
    // The page itself: its HTML carries the server-rendered markup and the messages client components get.
    htmlKb: bytesOf('Document') / 1024,
  };
}

/** Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART): that run is taken again. */
async function measureWithRetry(port, url, cookie, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await measure(port, url, cookie);
    } catch (error) {
      if (!error.lighthouseRuntime || attempt >= attempts) throw error;
      console.error(`${error.message}: trying again`);
    }
  }
}

const database = await openDatabase();
let server;
let chrome;
try {
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'assess-bench-'));
  const env = { ...baseEnv, DEMO_MODE: '1', DATABASE_URL: await ensureAppRole(database.url), AUDIT_SECRET: randomBytes(32).toString('hex'), DATA_DIR: dataDir };
  await npx('tsx', ['seeds/seed.ts'], env);
  const pages = (await demoPages(database.url)).filter((p) => !args.only || args.only.includes(p.route) || args.only.includes(p.url));
  if (!args['no-build']) await npx('next', ['build'], env);
  const weights = new Map(measureRouteWeights('.next').rows.map((r) => [r.route, r]));

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/.bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString('hex') },
  });
  await waitForHttp(`${baseUrl}/login`, 90_000);

  const cookies = new Map();
  for (const user of new Set(pages.map((p) => p.user).filter(Boolean))) {
    const session = new BrowserSession(baseUrl, user);
    await session.signIn(PASSWORD);
    cookies.set(user, [...session.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
  }

  chrome = await chromeLauncher.launch({
    chromePath: args.chromium,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows = [];
  for (const page of pages) {
    const url = `${baseUrl}${page.url}`;
    const cookie = page.user ? cookies.get(page.user) : undefined;
    // A first load compiles nothing under `next start`, but warms the server's caches and the database.
    await fetch(url, { headers: cookie ? { cookie } : {} }).then((r) => r.arrayBuffer());
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measureWithRetry(chrome.port, url, cookie));
    const weight = weights.get(page.route);
    const row = {
      ...page,
      field: weight?.field ?? false,
      budget: weight?.budget,
      kb: weight?.kb,
      ...Object.fromEntries(['score', 'tti', 'tbt', 'lcp', 'wireKb', 'htmlKb'].map((k) => [k, median(runs.map((r) => r[k]))])),
    };
    rows.push(row);
    console.error(`${page.name} (${page.url}): score ${row.score}, TTI ${(row.tti / 1000).toFixed(1)} s`);
  }

  console.log(`\nLighthouse ${lighthouseVersion} mobile (simulated throttling), median of ${RUNS} runs; JS = gzip KB the build gives the route before it runs\n`);
  console.log('| page | route | user | score | TTI s | TBT ms | LCP s | JS KB | JS on the wire KB | HTML KB | budget KB | |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const overWeight = r.kb !== undefined && r.kb > r.budget;
    const slow = r.field && r.tti > TTI_BUDGET_MS;
    const verdict = overWeight || slow ? [overWeight ? 'over weight' : '', slow ? 'TTI over 3 s' : ''].filter(Boolean).join(', ') : 'ok';
    console.log(
      `| ${r.name}${r.field ? ' (field)' : ''} | ${r.route} | ${r.user ?? '-'} | ${r.score} | ${(r.tti / 1000).toFixed(1)} | ${Math.round(r.tbt)} | ${(r.lcp / 1000).toFixed(1)} | ` +
        `${r.kb?.toFixed(1) ?? '?'} | ${r.wireKb.toFixed(1)} | ${r.htmlKb.toFixed(1)} | ${r.budget ?? '?'} | ${verdict} |`,
    );
  }
} finally {
  await chrome?.kill();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('close', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await database.close();
}
