// `npm run backup`: one .tar.gz holding the database (JSON lines per table), the stored files,
// the audit checkpoints and manifest.json (written last, with a SHA-256 for every entry).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { getEnv } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { chunksOf, createBlobStore, type BlobStore } from '@/modules/attachments/blob-store';
import { writeAuditCheckpoint } from '@/modules/audit/checkpoints';
import { appSchema } from '@/scripts/backup/catalog';
import { findDataFiles, type DataFile } from '@/scripts/backup/data-files';
import { dumpDatabase, type DatabaseDump } from '@/scripts/backup/dump-database';
import { BACKUP_FORMAT, MANIFEST_NAME, type Manifest } from '@/scripts/backup/manifest';
import { END_OF_ARCHIVE, padding, tarHeader } from '@/scripts/backup/tar';
import { checkpointFileIn } from '@/scripts/backup/verify-audit';

/** `blobs`: where the uploaded files are (the store STORAGE names for `dataDir` when not given). */
export type BackupOptions = { databaseUrl: string; dataDir: string; out: string; appVersion: string; blobs?: BlobStore };

/** `assessment-backup-2026-12-03T19-30-05Z.tar.gz`: sorts by time, safe on every file system. */
export function defaultArchiveName(now = new Date()): string {
  return `assessment-backup-${now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.tar.gz`;
}

/** One tar entry of `size` bytes; `hashes` receives its SHA-256. Fails if the body is not `size` long. */
async function* streamEntry(entry: string, size: number, body: AsyncIterable<Uint8Array>, hashes: Record<string, string>): AsyncGenerator<Buffer> {
  yield tarHeader(entry, size);
  const hash = createHash('sha256');
  let read = 0;
  for await (const chunk of body) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).subarray(0, size - read);
    hash.update(bytes);
    read += bytes.length;
    yield bytes;
  }
  if (read !== size) throw new Error(`${entry} changed while it was being archived`);
  yield padding(size);
  hashes[entry] = hash.digest('hex');
}

async function* fileEntry(entry: string, file: string, hashes: Record<string, string>): AsyncGenerator<Buffer> {
  yield* streamEntry(entry, (await stat(file)).size, createReadStream(file), hashes);
}

/** Every published blob, from the data folder or the bucket; a blob is never removed, so each one listed opens. */
async function* blobEntries(blobs: BlobStore, hashes: Record<string, string>): AsyncGenerator<Buffer> {
  for await (const sha256 of blobs.list()) {
    const blob = await blobs.open(sha256);
    if (!blob) throw new Error(`${blobs.location}${sha256} was listed but could not be read`);
    yield* streamEntry(`uploads/${sha256}`, blob.size, chunksOf(blob), hashes);
  }
}

/** The archive's bytes before compression; returns the manifest it ends with. */
async function* archiveChunks(dump: DatabaseDump, checkpoints: DataFile[], blobs: BlobStore, options: BackupOptions, createdAt: string): AsyncGenerator<Buffer, Manifest> {
  const tableHashes: Record<string, string> = {};
  for (const table of dump.tables) {
    yield* fileEntry(table.entry, table.file, tableHashes);
    if (tableHashes[table.entry] !== table.sha256) throw new Error(`the dump of ${table.name} changed on disk`);
  }
  const files: Manifest['files'] = {};
  // Uploads are listed after the snapshot, so every file a dumped row refers to is already written.
  yield* blobEntries(blobs, files);
  for (const { entry, file } of checkpoints) yield* fileEntry(entry, file, files);
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    createdAt,
    appVersion: options.appVersion,
    schema: appSchema(options.databaseUrl),
    migrations: dump.migrations,
    tables: dump.tables.map(({ name, columns, rows, entry, sha256 }) => ({ name, columns, rows, entry, sha256 })),
    sequences: dump.sequences,
    files,
    auditHead: dump.auditHead,
    missingUploads: dump.attachmentHashes.filter((sha256) => !files[`uploads/${sha256}`]).sort(),
  };
  const bytes = Buffer.from(JSON.stringify(manifest, null, 2));
  yield Buffer.concat([tarHeader(MANIFEST_NAME, bytes.length), bytes, padding(bytes.length), END_OF_ARCHIVE]);
  return manifest;
}

async function copyCheckpoints(dataDir: string, dir: string): Promise<DataFile[]> {
  const copies: DataFile[] = [];
  for (const [index, { entry, file }] of (await findDataFiles(dataDir, 'audit-checkpoints')).entries()) {
    await mkdir(dir, { recursive: true });
    const copy = path.join(dir, String(index));
    await copyFile(file, copy);
    copies.push({ entry, file: copy });
  }
  return copies;
}

/** Records the chain's head now (when the audit key is at hand), so the archive's checkpoints reach its newest event. */
async function recordAuditHead(databaseUrl: string, dataDir: string): Promise<void> {
  if (!getEnv().AUDIT_SECRET) return;
  const db = createDb(databaseUrl);
  try {
    await writeAuditCheckpoint(db, checkpointFileIn(dataDir));
  } finally {
    await db.$disconnect();
  }
}

export async function createBackup(options: BackupOptions): Promise<Manifest> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'assessment-backup-'));
  // Written under another name first, so that a failed run leaves no archive that looks whole.
  const partial = `${options.out}.partial`;
  try {
    const createdAt = new Date().toISOString();
    // Checkpoints are copied before the snapshot: each records a head that the snapshot then holds.
    await recordAuditHead(options.databaseUrl, options.dataDir);
    const checkpoints = await copyCheckpoints(options.dataDir, path.join(scratch, 'checkpoints'));
    const dump = await dumpDatabase(options.databaseUrl, appSchema(options.databaseUrl), scratch);
    let manifest: Manifest | undefined;
    async function* archive() {
      manifest = yield* archiveChunks(dump, checkpoints, options.blobs ?? createBlobStore(getEnv(), options.dataDir), options, createdAt);
    }
    await pipeline(archive(), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, options.out);
    return manifest!;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
