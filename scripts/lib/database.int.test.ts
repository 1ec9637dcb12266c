// The embedded PostgreSQL server of a data folder: initialised once, kept across restarts, shared by
// a second process instead of started twice, reachable only on the loopback interface.
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from '@/scripts/lib/database.mjs';

async function query(url: string, sql: string): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'assess-embedded-'));
// As root the server runs as the OS user postgres, which must reach its folder inside.
chmodSync(dataDir, 0o755);

describe('openEmbeddedDatabase', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts once per data folder, attaches a second opener, and keeps the data across restarts', async () => {
    const first = await openEmbeddedDatabase({ dataDir });
    expect(first.attached).toBe(false);
    expect(new URL(first.url).hostname).toBe('127.0.0.1');
    expect(await query(first.url, `SHOW listen_addresses`)).toEqual([{ listen_addresses: '127.0.0.1' }]);
    expect(await query(first.url, `SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`)).toEqual([{ encoding: 'UTF8' }]);
    expect(statSync(path.join(dataDir, 'postgres-password')).mode & 0o777).toBe(0o600);
    await query(first.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('肇庆')`);

    const second = await openEmbeddedDatabase({ dataDir });
    expect(second.attached).toBe(true);
    expect(second.url).toBe(first.url);
    await second.stop();
    expect(await query(first.url, `SELECT note FROM kept`)).toEqual([{ note: '肇庆' }]);

    await first.stop();
    expect(existsSync(path.join(dataDir, 'postgres.json'))).toBe(false);
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow();

    const again = await openEmbeddedDatabase({ dataDir });
    try {
      expect(again.attached).toBe(false);
      expect(await query(again.url, `SELECT note FROM kept`)).toEqual([{ note: '肇庆' }]);
    } finally {
      await again.stop();
    }
  }, 60_000);
});
