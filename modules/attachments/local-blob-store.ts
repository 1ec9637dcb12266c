// Blobs in a folder of the data folder (<DATA_DIR>/uploads/<sha256>), the default. A blob is staged
// as `<sha256>.<random>.tmp` beside its place and renamed into place when published: a rename is
// atomic on one file system, so a reader finds the whole file or none. Backups skip `.tmp` files.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { isSha256, type BlobStore, type StoredBlob } from '@/modules/attachments/blob-store';

const TEMPORARY_SUFFIX = '.tmp';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export function createLocalBlobStore(dir: string): BlobStore {
  const blobPath = (sha256: string) => {
    if (!isSha256(sha256)) throw new Error('not a SHA-256');
    return path.join(dir, sha256);
  };
  const exists = (sha256: string) => stat(blobPath(sha256)).then(() => true, () => false);

  return {
    location: dir,
    exists,

    async stage(sha256, bytes) {
      const target = blobPath(sha256);
      if (await exists(sha256)) return null;
      await mkdir(dir, { recursive: true });
      const temporary = `${target}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`;
      await writeFile(temporary, bytes);
      return {
        publish: () => rename(temporary, target),
        discard: () => rm(temporary, { force: true }),
      };
    },

    async open(sha256): Promise<StoredBlob | null> {
      const handle = await open(blobPath(sha256)).catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      });
      if (!handle) return null;
      const { size } = await handle.stat().catch(async (error: unknown) => {
        await handle.close();
        throw error;
      });
      // The stream closes the file when it ends or is cancelled (a download given up halfway).
      return { size, body: Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array> };
    },

    async *list() {
      const names = await readdir(dir).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      yield* names.filter(isSha256).sort();
    },
  };
}
