// `npm run restore -- FILE`: into an empty database and an empty data folder only. Every check
// (targets empty, archive whole and matching its manifest, migrations matching this code) runs
// before the first write; then `migrate deploy` creates the schema and the contents are loaded.
import { readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { getEnv } from '@/lib/env';
import { createBlobStore, type BlobStore } from '@/modules/attachments/blob-store';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';
import { appSchema, findTables, qualified } from '@/scripts/backup/catalog';
import { findOccupiedDataFolders } from '@/scripts/backup/data-files';
import type { Manifest } from '@/scripts/backup/manifest';
import { verifyArchive } from '@/scripts/backup/read-archive';
import { restoreContents } from '@/scripts/backup/restore-contents';
import { verifyRestore, type RestoreReport } from '@/scripts/backup/verify-restore';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

/** The target is not empty, or the archive belongs to another version of the code. */
export class RestoreRefused extends Error {}

async function findTablesWithRows(databaseUrl: string): Promise<string[]> {
  const schema = appSchema(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const withRows: string[] = [];
    for (const table of await findTables(client, schema)) {
      const { rows } = await client.query(`SELECT 1 FROM ${qualified(schema, table)} LIMIT 1`);
      if (rows.length > 0) withRows.push(table);
    }
    return withRows;
  } finally {
    await client.end();
  }
}

async function assertTargetsEmpty(databaseUrl: string, dataDir: string, blobs: BlobStore): Promise<void> {
  const occupied = await findOccupiedDataFolders(dataDir);
  if (occupied.length > 0) {
    throw new RestoreRefused(`The data folder is not empty: ${occupied.join(', ')} already hold files. Restore into an empty data folder (DATA_DIR).`);
  }
  // With STORAGE=s3 the uploads go to the bucket, which must hold none yet either.
  if (!(await blobs.list()[Symbol.asyncIterator]().next()).done) {
    throw new RestoreRefused(`The bucket is not empty: ${blobs.location} already holds files. Restore into an empty bucket (S3_BUCKET).`);
  }
  const withRows = await findTablesWithRows(databaseUrl);
  if (withRows.length > 0) {
    const names = withRows.slice(0, 5).join(', ') + (withRows.length > 5 ? ', …' : '');
    throw new RestoreRefused(`The database is not empty (rows in ${names}). Restore into a new, empty database; nothing was changed.`);
  }
}

async function assertSameMigrations(manifest: Manifest): Promise<void> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const here = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (here.join() === manifest.migrations.join()) return;
  const onlyThere = manifest.migrations.filter((name) => !here.includes(name));
  const onlyHere = here.filter((name) => !manifest.migrations.includes(name));
  throw new RestoreRefused(
    `This backup was made by version ${manifest.appVersion} with other migrations than this code has` +
      (onlyThere.length ? `; only in the backup: ${onlyThere.join(', ')}` : '') +
      (onlyHere.length ? `; only in this code: ${onlyHere.join(', ')}` : '') +
      `. Restore it with the code that made it, then start the newer version to upgrade.`,
  );
}

export type RestoreOptions = { archive: string; databaseUrl: string; dataDir: string; blobs?: BlobStore };

/** `blobs`: where the uploaded files go (the store STORAGE names for `dataDir` when not given). */
export async function restoreBackup(options: RestoreOptions): Promise<{ manifest: Manifest; report: RestoreReport }> {
  const blobs = options.blobs ?? createBlobStore(getEnv(), options.dataDir);
  if (!(await stat(options.archive).then((s) => s.isFile(), () => false))) throw new RestoreRefused(`No archive at ${options.archive}.`);
  await assertTargetsEmpty(options.databaseUrl, options.dataDir, blobs);
  const manifest = await verifyArchive(options.archive);
  await assertSameMigrations(manifest);
  if (manifest.schema !== appSchema(options.databaseUrl)) {
    throw new RestoreRefused(`The backup is of schema ${manifest.schema}; DATABASE_URL names schema ${appSchema(options.databaseUrl)}.`);
  }
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: options.databaseUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
  await restoreContents({ ...options, manifest, blobs });
  return { manifest, report: await verifyRestore(options.databaseUrl, options.dataDir, manifest, blobs) };
}
