// Reads the whole app schema in one REPEATABLE READ snapshot through the pg driver (no pg_dump:
// the embedded PostgreSQL ships without it): each table as JSON lines in primary-key order, the
// sequences, the migration history, the audit chain's head and the files attachments refer to.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { findColumns, findPrimaryKey, findSequences, findTables, MIGRATIONS_TABLE, qualified, quoteIdent } from '@/scripts/backup/catalog';
import { tableEntryName, type Manifest } from '@/scripts/backup/manifest';

const FETCH_ROWS = 5000;

export type DumpedTable = Manifest['tables'][number] & { file: string };

export type DatabaseDump = {
  tables: DumpedTable[];
  sequences: Manifest['sequences'];
  migrations: string[];
  auditHead: Manifest['auditHead'];
  attachmentHashes: string[];
};

async function dumpTable(client: pg.ClientBase, schema: string, table: string, file: string) {
  const order = (await findPrimaryKey(client, schema, table)).map(quoteIdent).join(', ');
  await client.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${qualified(schema, table)} t${order ? ` ORDER BY ${order}` : ''}`,
  );
  const hash = createHash('sha256');
  let rows = 0;
  async function* pages() {
    for (;;) {
      const page = await client.query<{ line: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
      if (page.rows.length === 0) return;
      const chunk = Buffer.from(page.rows.map((row) => `${row.line}\n`).join(''));
      hash.update(chunk);
      rows += page.rows.length;
      yield chunk;
    }
  }
  await pipeline(pages(), createWriteStream(file, { mode: 0o600 }));
  await client.query('CLOSE backup_rows');
  return { rows, sha256: hash.digest('hex') };
}

async function readAuditHead(client: pg.ClientBase, schema: string): Promise<Manifest['auditHead']> {
  const { rows } = await client.query<{ events: number; lastId: string; hash: string }>(
    `SELECT (SELECT count(*)::int FROM ${qualified(schema, 'AuditEvent')}) AS events, id::text AS "lastId", hash
     FROM ${qualified(schema, 'AuditEvent')} ORDER BY id DESC LIMIT 1`,
  );
  return rows[0] ?? null;
}

/** Dumps into `dir` (one file per table); the snapshot makes every table agree with the others. */
export async function dumpDatabase(databaseUrl: string, schema: string, dir: string): Promise<DatabaseDump> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const migrations = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM ${qualified(schema, MIGRATIONS_TABLE)}
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
    );
    const tables: DumpedTable[] = [];
    for (const [index, name] of (await findTables(client, schema)).entries()) {
      const file = path.join(dir, `${index}.ndjson`);
      const columns = await findColumns(client, schema, name);
      tables.push({ name, columns, file, entry: tableEntryName(name), ...(await dumpTable(client, schema, name, file)) });
    }
    // Sequences are not transactional: a value read now may be ahead of the snapshot, which only leaves a gap.
    const sequences: Manifest['sequences'] = [];
    for (const name of await findSequences(client, schema)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${qualified(schema, name)}`,
      );
      sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    const attachments = await client.query<{ sha256: string }>(`SELECT DISTINCT sha256 FROM ${qualified(schema, 'Attachment')}`);
    const auditHead = await readAuditHead(client, schema);
    await client.query('COMMIT');
    return {
      tables,
      sequences,
      migrations: migrations.rows.map((row) => row.name),
      auditHead,
      attachmentHashes: attachments.rows.map((row) => row.sha256),
    };
  } finally {
    await client.end();
  }
}
