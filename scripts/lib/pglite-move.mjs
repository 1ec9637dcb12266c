// Moves the data of a PGlite data folder (the embedded database of earlier versions, `.data/pglite`)
// into the embedded PostgreSQL server, once. Either every table arrives with the same rows, or
// nothing is kept: the copy runs in one transaction that commits only after each table's row
// count and content digest match the source. See docs/decisions/005-embedded-postgresql-server.md.
import { spawn } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { findFreePort } from './database.mjs';
import { runPrisma } from './run-prisma.mjs';

const BATCH_ROWS = 2000;
// The package exports no subpath for its server script; locate it from the package entry.
const PGLITE_SERVER = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite-socket'))),
  'scripts/server.js',
);

/** Where the data of an earlier version's embedded database would be, if any. */
export function pgliteFolder(dataDir) {
  const folder = path.join(dataDir, 'pglite');
  return existsSync(folder) ? folder : null;
}

function waitForPort(port, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`the PGlite server exited with code ${child.exitCode}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`the PGlite server did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Serves the PGlite folder over the wire protocol; every query below runs on one connection. */
export async function servePglite(folder) {
  const port = await findFreePort();
  const child = spawn(process.execPath, [PGLITE_SERVER, `--db=${folder}`, `--port=${port}`, '--max-connections=4'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForPort(port, child);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  // A dropped connection fails the query in progress; without a listener it would end the process.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/** Tables of the public schema with their stored (not generated) columns, in order. */
async function describeTables(client) {
  const { rows } = await client.query(`
    SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
    GROUP BY c.table_name ORDER BY c.table_name`);
  return new Map(rows.map((r) => [r.table_name, r.columns]));
}

async function appliedMigrations(client) {
  const { rows } = await client.query(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
  );
  return rows.map((r) => r.migration_name).join(',');
}

/** Row count and a digest of every row's JSON text, sorted bytewise: equal data gives equal figures. */
async function tableFigures(client, table) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n, coalesce(md5(string_agg(r, E'\\n' ORDER BY r COLLATE "C")), '') AS digest
     FROM (SELECT row_to_json(t)::text AS r FROM ${quote(table)} t) s`,
  );
  return rows[0];
}

async function copyTable(source, target, table, columns) {
  const list = columns.map(quote).join(', ');
  for (let offset = 0; ; offset += BATCH_ROWS) {
    const { rows } = await source.query(
      `SELECT coalesce(json_agg(t), '[]')::text AS batch FROM (SELECT ${list} FROM ${quote(table)} ORDER BY ctid LIMIT ${BATCH_ROWS} OFFSET ${offset}) t`,
    );
    if (rows[0].batch === '[]') return;
    await target.query(
      `INSERT INTO ${quote(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
      [rows[0].batch],
    );
  }
}

async function copySequences(source, target) {
  const { rows } = await source.query(`SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'`);
  for (const { sequencename } of rows) {
    const { rows: state } = await source.query(`SELECT last_value, is_called FROM ${quote(sequencename)}`);
    await target.query(`SELECT setval($1, $2, $3)`, [quote(sequencename), state[0].last_value, state[0].is_called]);
  }
}

async function assertEmpty(target, tables) {
  for (const table of tables) {
    const { rows } = await target.query(`SELECT EXISTS (SELECT FROM ${quote(table)}) AS any`);
    if (rows[0].any) throw new Error(`the new database already holds data (table ${table})`);
  }
}

/**
 * Copies every table of the PGlite folder into the migrated, empty database at `targetUrl`, checks
 * it, then renames the folder to `pglite.moved-<date>`. Throws, leaving both untouched, otherwise.
 *
 * @returns {Promise<{ tables: number, rows: number, movedTo: string }>}
 */
export async function movePgliteData({ folder, targetUrl }) {
  const pglite = await servePglite(folder);
  let source;
  let target;
  let tables;
  let rows = 0;
  try {
    // Bring the old data to the schema of this version first, as an earlier `npm start` would have.
    await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: pglite.url }, stdio: ['ignore', 'ignore', 'inherit'] });
    source = await connect(pglite.url);
    target = await connect(targetUrl);
    const [sourceTables, targetTables] = await Promise.all([describeTables(source), describeTables(target)]);
    if (JSON.stringify([...sourceTables]) !== JSON.stringify([...targetTables]))
      throw new Error('the PGlite tables and the new tables differ after migration');
    if ((await appliedMigrations(source)) !== (await appliedMigrations(target)))
      throw new Error('the PGlite database and the new database have different migrations applied');
    tables = [...sourceTables.keys()].filter((t) => t !== '_prisma_migrations');

    await target.query('BEGIN');
    await assertEmpty(target, tables);
    // Rows arrive table by table: foreign keys and triggers are checked once, by the source.
    await target.query(`SET LOCAL session_replication_role = replica`);
    for (const table of tables) {
      await copyTable(source, target, table, sourceTables.get(table));
      const [was, now] = [await tableFigures(source, table), await tableFigures(target, table)];
      if (was.n !== now.n || was.digest !== now.digest)
        throw new Error(`table ${table}: ${was.n} rows in PGlite, ${now.n} copied, or their contents differ`);
      rows += now.n;
    }
    await copySequences(source, target);
    await target.query('COMMIT');
  } catch (error) {
    await target?.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await source?.end().catch(() => undefined);
    await target?.end().catch(() => undefined);
    await pglite.stop();
  }
  const movedTo = `${folder}.moved-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}`;
  renameSync(folder, movedTo);
  return { tables: tables.length, rows, movedTo };
}
