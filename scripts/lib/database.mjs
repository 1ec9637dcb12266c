// Databases for the start script and the test runner: the embedded PGlite server, and
// scratch databases on a real PostgreSQL server (which must be local for tests).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// The package exports no subpath for its server script; locate it from the package entry.
const PGLITE_SERVER = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite-socket'))),
  'scripts/server.js',
);

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

function waitForPort(port, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`embedded Postgres exited with code ${child.exitCode}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`embedded Postgres did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Serves PGlite (Postgres compiled to WebAssembly) over the wire protocol.
 * `dir` keeps the data across restarts; 'memory://' keeps nothing.
 */
export async function startEmbeddedPostgres({ dir, port }) {
  if (!dir.startsWith('memory://')) mkdirSync(path.resolve(dir), { recursive: true });
  const listenPort = port ?? (await findFreePort());
  const child = spawn(
    process.execPath,
    [PGLITE_SERVER, `--db=${dir}`, `--port=${listenPort}`, '--max-connections=20'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitForPort(listenPort, child);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
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

async function onServer(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
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
