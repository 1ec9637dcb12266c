#!/usr/bin/env node
// `npm test`: lint, typecheck, unit, integration (real Postgres) and e2e (real Chromium).
// `node scripts/test.mjs integration e2e` runs only the named stages; arguments after `--`
// go to Playwright (e.g. `node scripts/test.mjs e2e -- e2e/sign-in.spec.ts`).
//
// Databases: with DATABASE_URL set, each stage gets a fresh database created on that
// server (which must be local) and dropped afterwards; without it, each stage gets an
// embedded PGlite server in memory.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { runPrisma } from './lib/run-prisma.mjs';
import { startWorker } from './lib/worker-process.mjs';
import { assertLocalDatabase, createScratchDatabase, findFreePort, startEmbeddedPostgres } from './lib/database.mjs';

const STAGES = ['lint', 'typecheck', 'unit', 'integration', 'e2e'];
const dashDash = process.argv.indexOf('--');
const requested = process.argv.slice(2, dashDash === -1 ? undefined : dashDash);
const playwrightArgs = dashDash === -1 ? [] : process.argv.slice(dashDash + 1);
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

/** A fresh, migrated database for one stage; `release()` removes it. */
async function freshDatabase(stage) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    assertLocalDatabase(serverUrl);
    const name = `assess_${stage}_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const db = await createScratchDatabase(serverUrl, name);
    await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: db.url }, stdio: ['ignore', 'ignore', 'inherit'] });
    return { url: db.url, release: db.drop };
  }
  const server = await startEmbeddedPostgres({ dir: 'memory://' });
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: server.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  return { url: server.url, release: server.stop };
}

async function withDatabase(stage, fn) {
  const db = await freshDatabase(stage);
  try {
    return await fn(db.url);
  } finally {
    await db.release();
  }
}

const STAGE_RUNNERS = {
  lint: () => run('npm', ['run', '--silent', 'lint']),
  typecheck: () => npx('tsc', ['--noEmit']),
  unit: () => npx('vitest', ['run', '--project', 'unit']),
  integration: () =>
    withDatabase('it', (url) => npx('vitest', ['run', '--project', 'integration'], { ...baseEnv, DATABASE_URL: url, NODE_ENV: 'test' })),
  e2e: () =>
    withDatabase('e2e', async (url) => {
      const env = { ...baseEnv, DATABASE_URL: url };
      const seeded = await npx('tsx', ['seeds/seed.ts'], env);
      if (seeded !== 0) return seeded;
      const built = await npx('next', ['build'], env);
      if (built !== 0) return built;
      const port = String(await findFreePort());
      // Uploads are imported by the worker process, as under `npm start`.
      const worker = startWorker(env);
      try {
        return await npx('playwright', ['test', ...playwrightArgs], { ...env, E2E_PORT: port, NEXTAUTH_SECRET: randomBytes(32).toString('hex') });
      } finally {
        await worker.stop();
      }
    }),
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

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.stage} (${r.seconds} s)`);
for (const s of stages.slice(results.length)) console.log(`skip ${s} (an earlier stage failed)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed + stages.length - results.length} failed`);
process.exit(failed > 0 ? 1 : 0);
