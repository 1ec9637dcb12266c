// The second pass of a restore: one transaction loads every table (foreign keys dropped while
// loading and added back, which checks them all; sequences set as they were), while the uploaded
// files are staged in the blob store (data folder or bucket) and the audit checkpoints in a staging
// folder; both are put in place only after the transaction commits.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import pg from 'pg';
import { BlobStaging, type BlobStore } from '@/modules/attachments/blob-store';
import { DERIVED_REFILL, findColumns, findForeignKeys, findTables, qualified, quoteIdent } from '@/scripts/backup/catalog';
import { isDataFileEntry, type Manifest } from '@/scripts/backup/manifest';
import { readArchive, readWhole } from '@/scripts/backup/read-archive';
import { ArchiveError } from '@/scripts/backup/tar';

const BATCH_ROWS = 2000;
const BATCH_BYTES = 4 << 20;
const UPLOADS = 'uploads/';
const CHECKPOINTS = 'audit-checkpoints';

async function assertSameTables(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  const here = await findTables(client, manifest.schema);
  const there = manifest.tables.map((table) => table.name);
  if (here.join() !== [...there].sort().join()) throw new Error(`the migrated database has tables ${here.join(', ')}; the backup has ${there.join(', ')}`);
  for (const table of manifest.tables) {
    const columns = await findColumns(client, manifest.schema, table.name);
    if (columns.join() !== table.columns.join()) throw new Error(`table ${table.name} has other columns here than in the backup`);
  }
}

/** Inserts JSON lines through json_populate_recordset, which maps every field back to its column type. */
async function loadTable(client: pg.ClientBase, schema: string, table: string, body: AsyncIterable<Buffer>): Promise<string> {
  const target = qualified(schema, table);
  // OVERRIDING SYSTEM VALUE keeps stored ids, also for identity columns.
  const sql = `INSERT INTO ${target} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${target}, $1::json)`;
  const hash = createHash('sha256');
  let batch: string[] = [];
  let batchBytes = 0;
  let rest = '';
  // A row's UTF-8 bytes may be split between two pieces.
  const decoder = new StringDecoder('utf8');
  const flush = async () => {
    if (batch.length > 0) await client.query(sql, [`[${batch.join(',')}]`]);
    batch = [];
    batchBytes = 0;
  };
  for await (const piece of body) {
    hash.update(piece);
    const lines = (rest + decoder.write(piece)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      batch.push(line);
      batchBytes += line.length;
      if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
    }
  }
  if (rest !== '') throw new ArchiveError(`the dump of ${table} does not end with a whole row`);
  await flush();
  return hash.digest('hex');
}

/** An upload goes into the blob store under its SHA-256, which must be its name (`uploads/<sha256>`). */
async function stageBlob(blobs: BlobStaging, entry: string, body: AsyncIterable<Buffer>): Promise<string> {
  const sha256 = await blobs.stage(await readWhole(body));
  if (entry !== `${UPLOADS}${sha256}`) throw new ArchiveError(`${entry} is not named by its SHA-256`);
  return sha256;
}

async function stageFile(staging: string, entry: string, body: AsyncIterable<Buffer>): Promise<string> {
  const file = path.join(staging, ...entry.split('/'));
  await mkdir(path.dirname(file), { recursive: true });
  const hash = createHash('sha256');
  async function* hashed() {
    for await (const piece of body) {
      hash.update(piece);
      yield piece;
    }
  }
  await pipeline(hashed(), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  return hash.digest('hex');
}

async function setSequences(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  for (const sequence of manifest.sequences) {
    await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [qualified(manifest.schema, sequence.name), sequence.lastValue, sequence.isCalled]);
  }
}

async function assertRowCounts(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  for (const table of manifest.tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(manifest.schema, table.name)}`);
    if (Number(rows[0]!.n) !== table.rows) throw new Error(`${table.name} has ${rows[0]!.n} rows after loading, the backup ${table.rows}`);
  }
}

/** Loads the database in one transaction and stages the files; the caller discards them if this fails. */
async function loadAll(databaseUrl: string, archive: string, manifest: Manifest, staging: string, blobs: BlobStaging): Promise<void> {
  const tables = new Map(manifest.tables.map((table) => [table.entry, table]));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await assertSameTables(client, manifest);
    const foreignKeys = await findForeignKeys(client, manifest.schema);
    for (const key of foreignKeys) await client.query(`ALTER TABLE ${qualified(manifest.schema, key.table)} DROP CONSTRAINT ${quoteIdent(key.name)}`);
    for await (const entry of readArchive(archive)) {
      const table = tables.get(entry.name);
      const want = table ? table.sha256 : manifest.files[entry.name];
      if (!want) continue;
      const got = table
        ? await loadTable(client, manifest.schema, table.name, entry.body)
        : entry.name.startsWith(UPLOADS)
          ? await stageBlob(blobs, entry.name, entry.body)
          : isDataFileEntry(entry.name) && (await stageFile(staging, entry.name, entry.body));
      if (got !== want) throw new ArchiveError(`${entry.name} changed since the archive was checked`);
    }
    for (const key of foreignKeys) {
      await client.query(`ALTER TABLE ${qualified(manifest.schema, key.table)} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`);
    }
    await setSequences(client, manifest);
    await assertRowCounts(client, manifest);
    await client.query(`SELECT ${qualified(manifest.schema, DERIVED_REFILL)}()`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Moves the staged checkpoints folder into the (empty) data folder. */
async function moveIntoPlace(staging: string, dataDir: string): Promise<void> {
  const staged = path.join(staging, CHECKPOINTS);
  if ((await readdir(staged).catch(() => null)) === null) return;
  await rmdir(path.join(dataDir, CHECKPOINTS)).catch(() => undefined);
  await rename(staged, path.join(dataDir, CHECKPOINTS));
}

export async function restoreContents(options: { databaseUrl: string; dataDir: string; archive: string; manifest: Manifest; blobs: BlobStore }): Promise<void> {
  await mkdir(options.dataDir, { recursive: true });
  const staging = path.join(options.dataDir, `.restore-${process.pid}-${Date.now()}`);
  const blobs = new BlobStaging(options.blobs);
  try {
    await loadAll(options.databaseUrl, options.archive, options.manifest, staging, blobs);
  } catch (error) {
    await blobs.discard();
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // The database is committed now: if the files cannot be put in place, they stay staged for doing it by hand.
  try {
    await blobs.publish();
    await moveIntoPlace(staging, options.dataDir);
  } catch (error) {
    throw new Error(
      `the database is restored, but the files could not be put in place (${(error as Error).message}); ` +
        `they are staged in ${staging} and beside ${options.blobs.location}`,
    );
  }
  await rm(staging, { recursive: true, force: true });
}
