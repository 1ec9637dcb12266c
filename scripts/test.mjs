#!/usr/bin/env node
// `npm test`: lint, typecheck, unit, integration (real Postgres), e2e (real Chromium), a mixed load
// on the embedded default, and an orderly stop of `npm start` (scripts/check-orderly-stop.mjs).
// `node scripts/test.mjs integration e2e` runs only the named stages; arguments after `--` go to the
// stages' runner (e.g. `node scripts/test.mjs e2e -- e2e/sign-in.spec.ts`, `node scripts/test.mjs integration --
// modules/findings`).
//
// Databases: each stage gets a fresh database, dropped afterwards, on the server named by
// DATABASE_URL (which must be local) or, without it, on one embedded PostgreSQL server started
// for the run in a temporary folder. The load stage always runs on an embedded server of its
// own: it checks the default that `npm start` gives a user (see scripts/load-mixed.mjs).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureAppRole } from './lib/app-role.mjs';
import { runPrisma } from './lib/run-prisma.mjs';
import { startWorker } from './lib/worker-process.mjs';
import { assertLocalDatabase, createScratchDatabase, findFreePort, openTemporaryEmbeddedDatabase } from './lib/database.mjs';
import { computeSourceHash } from './lib/source-hash.mjs';
import { runLoadStage } from './test/load-stage.mjs';

const STAGES = ['lint', 'typecheck', 'unit', 'integration', 'e2e', 'load', 'stop'];
const dashDash = process.argv.indexOf('--');
const requested = process.argv.slice(2, dashDash === -1 ? undefined : dashDash);
const runnerArgs = dashDash === -1 ? [] : process.argv.slice(dashDash + 1);
const stages = requested.length > 0 ? requested : STAGES;
for (const s of stages) if (!STAGES.includes(s)) throw new Error(`unknown stage ${s}; known: ${STAGES.join(', ')}`);

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };

function run(command, args, env = baseEnv) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const npx = (bin, args, env) => run(process.execPath, [`node_modules/.bin/${bin}`, ...args], env);

let embeddedServer;
/** The server on which stages create their databases: DATABASE_URL's, or one embedded server per run. */
async function databaseServerUrl() {
  if (process.env.DATABASE_URL) {
    assertLocalDatabase(process.env.DATABASE_URL);
    return process.env.DATABASE_URL;
  }
  embeddedServer ??= openTemporaryEmbeddedDatabase();
  return (await embeddedServer).url;
}

/** A fresh, migrated database for one stage; `release()` removes it. */
async function freshDatabase(stage) {
  const name = `assess_${stage}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const db = await createScratchDatabase(await databaseServerUrl(), name);
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: db.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  return { url: db.url, release: db.drop };
}

async function withDatabase(stage, fn) {
  const db = await freshDatabase(stage);
  try {
    return await fn(db.url);
  } finally {
    await db.release();
  }
}

let buildResult;
/**
 * `next build` once per run: the e2e, load and stop stages serve the same build. Its source hash is
 * written as `npm start` writes it, so that `npm start` (the stop stage) serves it without a rebuild.
 */
async function buildOnce(env) {
  buildResult ??= npx('next', ['build'], env).then((code) => {
    if (code === 0) writeFileSync(path.join('.next', 'source-hash'), computeSourceHash(process.cwd()));
    return code;
  });
  return buildResult;
}

const STAGE_RUNNERS = {
  lint: () => run('npm', ['run', '--silent', 'lint']),
  // The service worker has its own program: its globals (ServiceWorkerGlobalScope) clash with the pages' DOM.
  typecheck: async () => (await npx('tsc', ['--noEmit'])) || npx('tsc', ['--noEmit', '-p', 'service-worker']),
  unit: () => npx('vitest', ['run', '--project', 'unit', ...runnerArgs]),
  integration: () =>
    withDatabase('it', async (url) => npx('vitest', ['run', '--project', 'integration', ...runnerArgs], { ...baseEnv, DATABASE_URL: await ensureAppRole(url), DATABASE_OWNER_URL: url, NODE_ENV: 'test' })),
  e2e: () =>
    withDatabase('e2e', async (url) => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'assess-e2e-'));
      const env = { ...baseEnv, DEMO_MODE: '1', DATABASE_URL: await ensureAppRole(url), AUDIT_SECRET: randomBytes(32).toString('hex'), DATA_DIR: dataDir, TEST_CLOCK_FILE: path.join(dataDir, 'test-clock'), REMINDER_SWEEP_SECONDS: '2' };
      const seeded = await npx('tsx', ['seeds/seed.ts'], env);
      if (seeded !== 0) return seeded;
      const built = await buildOnce(env);
      if (built !== 0) return built;
      const port = String(await findFreePort());
      // Uploads are imported by the worker process, as under `npm start`.
      const worker = startWorker(env);
      try {
        return await npx('playwright', ['test', ...runnerArgs], { ...env, E2E_PORT: port, NEXTAUTH_SECRET: randomBytes(32).toString('hex') });
      } finally {
        await worker.stop();
      }
    }),
  load: () => runLoadStage({ build: () => buildOnce(baseEnv), npx, run, env: baseEnv }),
  stop: async () => (await buildOnce(baseEnv)) || run(process.execPath, ['scripts/check-orderly-stop.mjs']),
};

const results = [];
for (const stage of stages) {
  const started = Date.now();
  console.log(`\n━━ ${stage} ━━`);
  const code = await STAGE_RUNNERS[stage]().catch((error) => {
    console.error(error);
    return 1;
  });
  results.push({ stage, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (code !== 0) break;
}

await embeddedServer?.then((server) => server.stop(), () => undefined);

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.stage} (${r.seconds} s)`);
for (const s of stages.slice(results.length)) console.log(`skip ${s} (an earlier stage failed)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed + stages.length - results.length} failed`);
process.exit(failed > 0 ? 1 : 0);
