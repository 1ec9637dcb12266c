// When a replica may serve reads, on a real primary and standby (scripts/lib/replica-pair.mjs): only
// while it is a standby that has replayed what the primary had written `maxLagMs` before. The
// checks are given their time, so that a paused replay shows the bound without waiting for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgAdapter } from '@/lib/server/db';
import { createReplica } from '@/lib/server/replica';
import { onServer } from '@/scripts/lib/database.mjs';
import { startReplicaPair } from '@/scripts/lib/replica-pair.mjs';

const MAX_LAG_MS = 1_000;
const dir = mkdtempSync(path.join(tmpdir(), 'assess-replica-'));
let pair: Awaited<ReturnType<typeof startReplicaPair>>;
let primary: Promise<SqlDriverAdapter>;

beforeAll(async () => {
  pair = await startReplicaPair({ dir, flags: ['-c', 'fsync=off'] });
  await onServer(pair.primaryUrl, 'CREATE TABLE written (n int)');
  primary = pgAdapter(pair.primaryUrl).connect();
}, 60_000);

afterAll(async () => {
  await (await primary)?.dispose();
  await pair?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a replica’s checks', () => {
  it('set it aside once it is further behind than the bound, and take it back when it has caught up', async () => {
    const replica = createReplica(pair.replicaUrl, () => primary, MAX_LAG_MS);
    try {
      const t0 = Date.now();
      await replica.check(t0);
      await pair.caughtUp();
      await replica.check(t0 + 1_100);
      expect(replica.usable()).toBe(true);

      await onServer(pair.replicaUrl, 'SELECT pg_wal_replay_pause()');
      await onServer(pair.primaryUrl, 'INSERT INTO written VALUES (1)');
      // Behind by less than the bound: still serving.
      await replica.check(t0 + 1_200);
      expect(replica.usable()).toBe(true);
      // The position sampled after the write is now older than the bound, and not replayed.
      await replica.check(t0 + 2_300);
      expect(replica.usable()).toBe(false);

      await onServer(pair.replicaUrl, 'SELECT pg_wal_replay_resume()');
      await pair.caughtUp();
      await replica.check(t0 + 3_400);
      expect(replica.usable()).toBe(true);
    } finally {
      await replica.close();
    }
  });

  it('never use a server that is not a standby (the primary, or a promoted former replica)', async () => {
    const notStandby = createReplica(pair.primaryUrl, () => primary, MAX_LAG_MS);
    try {
      await notStandby.check();
      await notStandby.check(Date.now() + 2 * MAX_LAG_MS);
      expect(notStandby.usable()).toBe(false);
    } finally {
      await notStandby.close();
    }
  });
});
