// Writers append to the finding tallies (one row per key and statement); the worker merges each
// key's rows into one every TALLY_COMPACT_SECONDS, so a dashboard reads few rows. Merging changes
// no sum, and the database runs one merge at a time across worker processes (an advisory lock in
// finding_tally_compact, migration 20261206100000_finding_tallies).
import { getEnv } from '@/lib/env';
import type { Db } from '@/lib/server/db';
import { getLogger } from '@/lib/server/logger';

/** Merges the appended rows; returns how many rows were merged (0 when another merge was running). */
export async function compactFindingTallies(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ merged: number }[]>`SELECT "finding_tally_compact"() AS merged`;
  return row?.merged ?? 0;
}

export function startTallyCompaction(db: Db): { stop: () => void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    compactFindingTallies(db)
      .catch((error: unknown) => getLogger().error({ err: error, component: 'tallies' }, 'could not merge the finding tallies'))
      .finally(() => {
        running = false;
      });
  }, getEnv().TALLY_COMPACT_SECONDS * 1000);
  return { stop: () => clearInterval(timer) };
}
