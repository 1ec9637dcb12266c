// Moving an earlier version's PGlite folder into the embedded PostgreSQL server: every row arrives
// unchanged (compared value by value through `pg`, not through the move's own digests), sequences
// continue, the folder is renamed, and a second move into a server that holds data is refused.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemporaryEmbeddedDatabase } from '@/scripts/lib/database.mjs';
import { movePgliteData, servePglite } from '@/scripts/lib/pglite-move.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';

const migrate = (url: string) => runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'inherit'] });

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function one<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T> {
  const [row] = await query<T>(url, sql);
  if (!row) throw new Error(`no row: ${sql}`);
  return row;
}

/** Every row of every application table, each table sorted by its JSON text. */
async function snapshot(url: string): Promise<Record<string, unknown[]>> {
  const tables = await query<{ name: string }>(
    url,
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const result: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const rows = await query(url, `SELECT * FROM "${name}"`);
    result[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return result;
}

describe('moving PGlite data into the embedded server', () => {
  let dataDir: string;
  let target: { url: string; stop: () => Promise<void> };
  let before: Record<string, unknown[]>;
  let maxAuditId: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'assess-move-'));
    const pglite = await servePglite(path.join(dataDir, 'pglite'));
    try {
      await migrate(pglite.url);
      const seeded = spawnSync(process.execPath, ['node_modules/.bin/tsx', 'seeds/seed.ts'], {
        env: { ...process.env, DATABASE_URL: pglite.url },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      expect(seeded.status).toBe(0);
      before = await snapshot(pglite.url);
      maxAuditId = (await one<{ max: number }>(pglite.url, `SELECT max(id)::int AS max FROM "AuditEvent"`)).max;
    } finally {
      await pglite.stop();
    }
    cpSync(path.join(dataDir, 'pglite'), path.join(dataDir, 'second', 'pglite'), { recursive: true });
    target = await openTemporaryEmbeddedDatabase();
    await migrate(target.url);
  }, 180_000);

  afterAll(async () => {
    await target?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every row unchanged, continues the sequences and renames the folder', async () => {
    const moved = await movePgliteData({ folder: path.join(dataDir, 'pglite'), targetUrl: target.url });

    expect(await snapshot(target.url)).toEqual(before);
    expect(Object.values(before).flat().length).toBeGreaterThan(100);
    const zhaoqing = await one<{ name: string }>(target.url, `SELECT name FROM "Region" WHERE code = '441200'`);
    expect(zhaoqing.name).toBe('肇庆市');
    const sequence = await one<{ next: number }>(target.url, `SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id'))::int AS next`);
    expect(sequence.next).toBe(maxAuditId + 1);
    expect(existsSync(path.join(dataDir, 'pglite'))).toBe(false);
    expect(moved.movedTo).toBe(path.join(dataDir, readdirSync(dataDir).find((f) => f.startsWith('pglite.moved-'))!));
  }, 180_000);

  it('refuses to move into a database that already holds data, leaving the folder in place', async () => {
    const folder = path.join(dataDir, 'second', 'pglite');
    await expect(movePgliteData({ folder, targetUrl: target.url })).rejects.toThrow(/already holds data/);
    expect(existsSync(folder)).toBe(true);
    expect(await snapshot(target.url)).toEqual(before);
  }, 180_000);
});
