// The worker's sweep of staged photos that were never attached: a device that gave up on a record (or
// was reset) leaves its uploads behind; after STAGED_PHOTO_DAYS they go. The stored blobs follow the
// rule of blob-store.ts (a blob may be shared by many rows, so none is deleted here).
import type { Db } from '@/lib/server/db';
import { now } from '@/lib/server/clock';
import { getLogger } from '@/lib/server/logger';

export const STAGED_PHOTO_DAYS = 30;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Removes unattached staged photos older than the limit; returns how many. */
export async function removeStaleStagedPhotos(db: Db, at: Date = now()): Promise<number> {
  const cutoff = new Date(at.getTime() - STAGED_PHOTO_DAYS * 86_400_000);
  const { count } = await db.stagedPhoto.deleteMany({ where: { attachedAt: null, createdAt: { lt: cutoff } } });
  return count;
}

export function startStagedPhotoSweep(db: Db): { stop: () => void } {
  let running = false;
  const sweep = () => {
    if (running) return;
    running = true;
    removeStaleStagedPhotos(db)
      .then((count) => {
        if (count > 0) getLogger().info({ component: 'photos', count }, 'removed staged photos never attached');
      })
      .catch((error: unknown) => getLogger().error({ err: error, component: 'photos' }, 'could not remove stale staged photos'))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  sweep();
  return { stop: () => clearInterval(timer) };
}
