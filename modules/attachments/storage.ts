// Attachment contents on disk, addressed by SHA-256: <DATA_DIR>/uploads/<sha256>. The same file
// uploaded twice is stored once; rows in Attachment say who attached it where, and a blob may be
// shared by many rows, so nothing here ever deletes a stored blob.
//
// Writes follow the transaction that creates the rows: a file is staged under a temporary name
// while the transaction runs, moved into place only after it commits, and removed if it rolls
// back (BlobStaging). A crash between the two leaves a temporary file, never a row whose blob
// was deleted or a blob overwritten under another row.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getEnv } from '@/lib/env';

const TEMPORARY_SUFFIX = '.tmp';

/** The uploads folder, the same for the app and the scripts (a backup copies it whole). */
export function getUploadsDir(): string {
  return path.resolve(getEnv().DATA_DIR, 'uploads');
}

function blobPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
  return path.join(getUploadsDir(), sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/** Files written during one guarded transaction, published or discarded with it. */
export class BlobStaging {
  private readonly staged: { temporary: string; target: string }[] = [];

  /** Writes the bytes under a temporary name and returns their SHA-256 for the row. */
  async stage(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Of(bytes);
    const target = blobPath(sha256);
    if (await exists(target)) return sha256;
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`;
    await writeFile(temporary, bytes);
    this.staged.push({ temporary, target });
    return sha256;
  }

  /** After the commit: the rows exist, so their files take their place (a rename, atomic on one file system). */
  async publish(): Promise<void> {
    for (const { temporary, target } of this.staged.splice(0)) await rename(temporary, target);
  }

  /** After a rollback: only the temporaries go; a blob already in place belongs to other rows. */
  async discard(): Promise<void> {
    await Promise.all(this.staged.splice(0).map(({ temporary }) => rm(temporary, { force: true })));
  }
}

export async function readBlob(sha256: string): Promise<Buffer | null> {
  try {
    return await readFile(blobPath(sha256));
  } catch {
    return null;
  }
}
