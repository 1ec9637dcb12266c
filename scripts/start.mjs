#!/usr/bin/env node
// `npm start`: the application at http://localhost:3000 (PORT to change), ready to use.
// - Without DATABASE_URL: an embedded Postgres (PGlite) kept in .data/pglite.
// - Without NEXTAUTH_SECRET: a secret generated on first start and kept in .data/auth-secret.
// - Migrates the database, loads the demo data into an empty one, builds when the sources
//   changed since the last build, then serves. `--dev` serves with `next dev` instead.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runPrisma } from './lib/run-prisma.mjs';
import { startEmbeddedPostgres } from './lib/database.mjs';
import { computeSourceHash } from './lib/source-hash.mjs';
import { startWorker } from './lib/worker-process.mjs';

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? '.data');
const PORT = process.env.PORT ?? '3000';
const dev = process.argv.includes('--dev');
const started = Date.now();
const log = (message) => console.log(`[start ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

mkdirSync(DATA_DIR, { recursive: true });

// Two servers on one embedded data folder would corrupt it: one start at a time.
const PID_FILE = path.join(DATA_DIR, 'start.pid');
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
if (existsSync(PID_FILE) && isRunning(Number(readFileSync(PID_FILE, 'utf8')))) {
  console.error(`[start] already running (process ${readFileSync(PID_FILE, 'utf8').trim()}); stop it first.`);
  process.exit(1);
}
writeFileSync(PID_FILE, String(process.pid));

function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, 'auth-secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    log(`generated a session secret in ${path.relative(process.cwd(), file)}`);
  }
  return readFileSync(file, 'utf8').trim();
}

function exec(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`node_modules/.bin/${command}`, ...args], { stdio: 'inherit', env });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function isEmpty(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Region") AS n');
    return Number(rows[0].n) === 0;
  } finally {
    await client.end();
  }
}

let embedded;
let server;
let worker;
async function shutdown(code = 0) {
  server?.kill('SIGTERM');
  await worker?.stop();
  await embedded?.stop();
  rmSync(PID_FILE, { force: true });
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void shutdown(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dir: path.join(DATA_DIR, 'pglite') });
    databaseUrl = embedded.url;
    log(`embedded Postgres (PGlite) serving ${path.relative(process.cwd(), path.join(DATA_DIR, 'pglite'))}`);
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
  };

  await runPrisma(['migrate', 'deploy'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  log('database migrated');
  if (process.env.SEED_DEMO !== '0' && (await isEmpty(databaseUrl))) {
    await exec('tsx', ['seeds/seed.ts'], env);
    log('demo data loaded');
  }

  if (!dev) {
    const hashFile = path.join('.next', 'source-hash');
    const hash = computeSourceHash(process.cwd());
    if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== hash) {
      log('building the application (first start, or the sources changed)…');
      await exec('next', ['build'], env);
      writeFileSync(hashFile, hash);
    }
  }

  server = spawn(process.execPath, ['node_modules/.bin/next', dev ? 'dev' : 'start', '-p', PORT], { stdio: 'inherit', env });
  server.on('close', (code) => void shutdown(code ?? 0));
  // Imports (roster, spreadsheets) run in their own process, off the web server's requests.
  worker = startWorker(env, { log });
  log(`ready soon at http://localhost:${PORT} — demo logins are listed in README.md`);
} catch (error) {
  console.error(`[start] ${error.message}`);
  await shutdown(1);
}
