#!/usr/bin/env node
// `npm start`: the application at http://localhost:3000 (PORT to change), ready to use.
// - Without DATABASE_URL: an embedded PostgreSQL server with its files in .data/postgres; the data of
//   an earlier version's PGlite folder (.data/pglite) is moved into it once.
// - Without NEXTAUTH_SECRET / AUDIT_SECRET / NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets generated on
//   first start and kept in .data/auth-secret / .data/audit-secret / .data/server-actions-key (the audit
//   key must never live in the database). Replicas of one deployment set all three, equal everywhere.
// - Migrates the database as its owner, loads the demo data into an empty one, builds when the
//   sources changed since the last build, then serves as a role with only the rights the app
//   needs (scripts/lib/app-role.mjs). `--dev` serves with `next dev` instead.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureAppRole } from './lib/app-role.mjs';
import { runPrisma } from './lib/run-prisma.mjs';
import { EMBEDDED_SERVER_FOLDER, openEmbeddedDatabase } from './lib/database.mjs';
import { movePgliteData, pgliteFolder } from './lib/pglite-move.mjs';
import { computeSourceHash } from './lib/source-hash.mjs';
import { startWorker } from './lib/worker-process.mjs';

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? '.data');
const PORT = process.env.PORT ?? '3000';
// The address the server listens on: Next's default (every interface) unless HOST names one, e.g.
// 127.0.0.1 for a server that only a load balancer on the same machine may reach.
const HOST = process.env.HOST;
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
// A file naming this very process is left by a start that was killed: in a container every start is
// process 1, so the file of the last one names this one.
const recordedPid = existsSync(PID_FILE) ? Number(readFileSync(PID_FILE, 'utf8')) : null;
if (recordedPid !== null && recordedPid !== process.pid && isRunning(recordedPid)) {
  console.error(`[start] already running (process ${readFileSync(PID_FILE, 'utf8').trim()}); stop it first.`);
  process.exit(1);
}
writeFileSync(PID_FILE, String(process.pid));

function keptSecret(envName, fileName, encoding = 'hex') {
  if (process.env[envName]) return process.env[envName];
  const file = path.join(DATA_DIR, fileName);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString(encoding), { mode: 0o600 });
    log(`generated ${envName} in ${path.relative(process.cwd(), file)}`);
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
let stopping;
/** Next gets this long to finish the requests in flight before it is killed. */
const SERVER_STOP_MS = 15_000;
/**
 * On SIGTERM (a service manager, an orchestrator), the server first answers /api/ready with 503
 * for this long while it still serves, so that a load balancer stops sending it requests before it
 * closes its port. Ctrl+C does not wait. Default 0: nothing to drain on a single machine.
 */
const SHUTDOWN_DELAY_MS = Number(process.env.SHUTDOWN_DELAY_SECONDS ?? 0) * 1000;
/** Read by lib/server/shutdown-state.ts in the server process (STOPPING_MESSAGE). */
const STOPPING_MESSAGE = 'assessment:stopping';

async function stopServer(signal) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('close', resolve));
  if (signal === 'SIGTERM' && SHUTDOWN_DELAY_MS > 0 && server.connected) {
    server.send(STOPPING_MESSAGE);
    log(`not ready: the server stops in ${SHUTDOWN_DELAY_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DELAY_MS));
  }
  server.kill('SIGTERM');
  const late = setTimeout(() => server.kill('SIGKILL'), SERVER_STOP_MS);
  await exited;
  clearTimeout(late);
}

// Next (the requests in flight), then the worker (the job in hand), then the database they use; the
// pid file goes at once so that a new start is not refused. The server runs in its own process
// group (openEmbeddedDatabase without stopOnSignal), so a terminal's Ctrl+C does not stop it first.
function shutdown(code = 0, signal = undefined) {
  stopping ??= (async () => {
    rmSync(PID_FILE, { force: true });
    await stopServer(signal);
    await worker?.stop();
    await embedded?.stop();
    if (embedded) log('stopped the application and then the database server');
    process.exit(code);
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0, signal));

/** Moves an earlier version's PGlite data into the new server, or stops with what to do instead. */
async function moveEarlierData(databaseUrl) {
  const folder = pgliteFolder(DATA_DIR);
  if (!folder) return;
  const shown = path.relative(process.cwd(), folder);
  log(`moving the data of ${shown} (PGlite, used by earlier versions) into the PostgreSQL server — once…`);
  try {
    const moved = await movePgliteData({ folder, targetUrl: databaseUrl });
    log(`moved ${moved.rows} rows in ${moved.tables} tables; the old folder is kept as ${path.relative(process.cwd(), moved.movedTo)} (delete it when you no longer need it)`);
  } catch (error) {
    throw new Error(
      `could not move the data of ${shown} into the new embedded PostgreSQL server: ${error.message}\n` +
        `The folder ${shown} is still in place. Either fix the cause and run npm start again, or, to start without that ` +
        `data, move the folder away (mv ${shown} ${shown}.unused). See README.md, "Moving from PGlite".`,
    );
  }
}

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await openEmbeddedDatabase({ dataDir: DATA_DIR, stopOnSignal: false });
    databaseUrl = embedded.url;
    const where = path.relative(process.cwd(), path.join(DATA_DIR, EMBEDDED_SERVER_FOLDER));
    log(`embedded PostgreSQL ${embedded.attached ? 'already running on' : 'serving'} ${where}`);
    embedded.exited?.then(() => {
      if (stopping) return;
      console.error('[start] the embedded PostgreSQL server stopped; stopping the application.');
      void shutdown(1);
    });
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: keptSecret('NEXTAUTH_SECRET', 'auth-secret'),
    AUDIT_SECRET: keptSecret('AUDIT_SECRET', 'audit-secret'),
    // Salts the server actions' ids at build time and encrypts their bound values: equal on every
    // replica, or a form from one is refused by another. Next takes a 256-bit key in base64.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: keptSecret('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'server-actions-key', 'base64'),
    DATA_DIR,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
  };

  await runPrisma(['migrate', 'deploy'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  log('database migrated');
  if (embedded) await moveEarlierData(databaseUrl);
  env.DATABASE_URL = await ensureAppRole(databaseUrl, { dataDir: DATA_DIR });
  // Demo mode (the public demo passwords accepted as they are) once this data folder got the demo data;
  // DEMO_MODE=0 ends it, e.g. when the demo database becomes a real one.
  const demoMarker = path.join(DATA_DIR, 'demo-data-loaded');
  if (process.env.SEED_DEMO !== '0' && (await isEmpty(databaseUrl))) {
    await exec('tsx', ['seeds/seed.ts'], env);
    writeFileSync(demoMarker, new Date().toISOString());
    log('demo data loaded');
  }
  env.DEMO_MODE = process.env.DEMO_MODE ?? (existsSync(demoMarker) ? '1' : '0');
  if (env.DEMO_MODE === '1') log('demo mode: the demo passwords in README.md work as they are (DEMO_MODE=0 to end it)');

  if (!dev) {
    const hashFile = path.join('.next', 'source-hash');
    const hash = computeSourceHash(process.cwd());
    if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== hash) {
      log('building the application (first start, or the sources changed)…');
      await exec('next', ['build'], env);
      writeFileSync(hashFile, hash);
    }
    // The worker's log lines name the build and version the server's name (written into its bundle).
    env.APP_BUILD_ID ??= readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
    env.APP_VERSION ??= JSON.parse(readFileSync('package.json', 'utf8')).version;
  }

  // An IPC channel: the drain before a stop is announced through it (stopServer).
  server = spawn(process.execPath, ['node_modules/.bin/next', dev ? 'dev' : 'start', '-p', PORT, ...(HOST ? ['-H', HOST] : [])], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
  server.on('close', (code) => void shutdown(code ?? 0));
  // Imports (roster, spreadsheets) run in their own process, off the web server's requests.
  worker = startWorker(env, { log });
  log(`ready soon at http://localhost:${PORT} — demo logins are listed in README.md`);
} catch (error) {
  console.error(`[start] ${error.message}`);
  await shutdown(1);
}
