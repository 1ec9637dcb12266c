// Attachment contents on disk, addressed by SHA-256: .data/uploads/<sha256>. The same file
// uploaded twice is stored once; rows in Attachment say who attached it where.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Relative to the working directory, like the embedded database in .data/pglite (scripts/start.mjs).
const UPLOADS_DIR = path.resolve('.data', 'uploads');

function blobPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
  return path.join(UPLOADS_DIR, sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores the bytes (once) and returns their SHA-256. Written to a temporary name first, so a reader never sees half a file. */
export async function storeBlob(bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Of(bytes);
  const target = blobPath(sha256);
  const exists = await stat(target).then(() => true, () => false);
  if (!exists) {
    await mkdir(UPLOADS_DIR, { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }
  return sha256;
}

export async function readBlob(sha256: string): Promise<Buffer | null> {
  try {
    return await readFile(blobPath(sha256));
  } catch {
    return null;
  }
}
