// Without DATABASE_REPLICA_URL (a single machine), the lag-tolerant reads use the one client of every
// other read, and a write leaves no cookie: nothing changes from an app without replicas.
import { describe, expect, it, vi } from 'vitest';
import { getReplicaUrls } from '@/lib/env';
import { getDb, type Tx } from '@/lib/server/db';
import { getReadDb } from '@/lib/server/read-db';
import { noteWrite } from '@/lib/server/read-your-writes';

const cookies = vi.hoisted(() => vi.fn());
vi.mock('next/headers', () => ({ cookies }));

describe('without a replica', () => {
  it('reads from the primary’s client and sets no cookie after a write', async () => {
    expect(getReplicaUrls()).toEqual([]);
    expect(await getReadDb()).toBe(getDb());
    const tx = {} as Tx;
    expect(await getReadDb(tx)).toBe(tx);
    await noteWrite();
    expect(cookies).not.toHaveBeenCalled();
  });
});
