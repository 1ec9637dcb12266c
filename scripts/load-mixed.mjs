#!/usr/bin/env node
// A bounded mixed read/write load on a running instance, to show that concurrent users never get
// each other's answers. Demo users (README) sign in and load their pages — home, findings list, a
// finding, reports, a report, the assessment hub — while assessors record findings and save their
// text through the same server actions the browser calls; each saved text carries a marker that the
// finding's page must then show. With --database-url, a direct `pg` reader runs too, each query
// carrying its own marker, so a result meant for another query (cross-talk) is detected.
//
//   node scripts/load-mixed.mjs --base-url http://localhost:3000 [--database-url URL] [--clients 9] [--seconds 20]
//
// Prints requests, errors and p50/p95 latency; exits with 1 if anything failed.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BrowserSession, LoadFailure } from './load/browser-session.mjs';
import { discoverPages, findingForm, percentile } from './load/demo-pages.mjs';

const { values: args } = parseArgs({
  options: {
    'base-url': { type: 'string', default: 'http://localhost:3000' },
    'database-url': { type: 'string' },
    clients: { type: 'string', default: '9' },
    seconds: { type: 'string', default: '20' },
    password: { type: 'string', default: 'demo-2019' },
  },
});
const BASE_URL = args['base-url'];
// Assessors write (findings of their group); the others read. Clients take these roles in turn.
const ROLES = ['assessor6', 'zhaoqing', 'leader6', 'admin', 'fengkai', 'zhongshan', 'huaiji', 'assessor6'];
const WRITERS = new Set(['assessor6', 'leader6']);

const stats = { page: [], write: [], query: [] };
const failures = [];
let crossTalk = 0;

async function timed(kind, fn) {
  const started = performance.now();
  try {
    return await fn();
  } catch (error) {
    failures.push(`${kind}: ${error instanceof LoadFailure ? error.message : error.stack ?? error}`);
    return undefined;
  } finally {
    stats[kind].push(performance.now() - started);
  }
}

/** An assessor's own finding on the assessment's target region, then its text saved again and again. */
async function prepareWriter(session, pages) {
  const form = await findingForm(session, pages);
  const fields = { ...form.fields, title: `负载测试 ${session.username}` };
  const created = await session.callAction(form.page, 'createFindingAction', { ...fields, description: 'load', assessmentId: form.assessmentId, checkId: null, siteVisitId: '' });
  const finding = { page: `/findings/${created.id}`, id: created.id, version: created.version };
  await session.learnActions(finding.page);
  return async () => {
    const marker = `load-${randomUUID()}`;
    const saved = await session.callAction(finding.page, 'updateFindingAction', { ...fields, id: finding.id, version: finding.version, description: marker });
    finding.version = saved.version;
    const shown = await session.loadPage(finding.page);
    if (!shown.includes(marker)) throw new LoadFailure(`${session.username}: ${finding.page} does not show the text just saved`);
  };
}

/** Signs in and finds the pages (and, for a writer, the finding) that the load loop then uses. */
async function prepareBrowser(username) {
  const session = new BrowserSession(BASE_URL, username);
  const pages = await timed('page', async () => {
    await session.signIn(args.password);
    return discoverPages(session);
  });
  if (!pages) return undefined;
  const write = WRITERS.has(username) ? await timed('write', () => prepareWriter(session, pages)) : undefined;
  return { session, pages, write };
}

async function browserClient({ session, pages, write }, deadline) {
  while (Date.now() < deadline) {
    for (const page of pages) {
      await timed('page', () => session.loadPage(page));
      if (write) await timed('write', write);
    }
  }
}

async function databaseReader(url, deadline) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', (error) => failures.push(`query: connection: ${error.message}`));
  await client.connect();
  try {
    while (Date.now() < deadline) {
      await timed('query', async () => {
        const marker = randomUUID();
        const limit = 1 + Math.floor(Math.random() * 5);
        const { rows } = await client.query('SELECT $1::text AS marker, id, title FROM "Finding" ORDER BY id LIMIT $2', [marker, limit]).catch((error) => {
          // A protocol violation ("bind message supplies 2 parameters, but prepared statement requires 3")
          // means this query met another connection's statement.
          if (error.code === '08P01') crossTalk += 1;
          throw error;
        });
        if (rows.length > limit || rows.some((r) => r.marker !== marker)) {
          crossTalk += 1;
          throw new LoadFailure(`a query received rows of another (${rows.length} rows, marker ${rows[0]?.marker})`);
        }
      });
    }
  } finally {
    await client.end();
  }
}

const httpClients = Number(args.clients) - (args['database-url'] ? 1 : 0);
// Sign-ins and discovery first (counted too): the timed window measures the steady mixed load.
const browsers = (await Promise.all(Array.from({ length: httpClients }, (_, i) => prepareBrowser(ROLES[i % ROLES.length])))).filter(Boolean);
const started = Date.now();
const deadline = started + Number(args.seconds) * 1000;
await Promise.all([
  ...browsers.map((browser) => browserClient(browser, deadline)),
  ...(args['database-url'] ? [databaseReader(args['database-url'], deadline)] : []),
]);

console.log(`mixed load on ${BASE_URL}: ${args.clients} clients, ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [kind, times] of Object.entries(stats)) {
  if (times.length === 0) continue;
  const sorted = [...times].sort((a, b) => a - b);
  const errors = failures.filter((f) => f.startsWith(`${kind}:`)).length;
  console.log(`  ${kind.padEnd(6)} ${String(times.length).padStart(5)} requests  ${String(errors).padStart(4)} errors  p50 ${percentile(sorted, 50).toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms`);
}
console.log(`  cross-talk ${crossTalk}`);
for (const failure of failures.slice(0, 15)) console.log(`  ✗ ${failure.split('\n')[0]}`);
if (failures.length > 15) console.log(`  … and ${failures.length - 15} more`);
process.exit(failures.length > 0 ? 1 : 0);
