// The client for reads that may lag a moment behind the last write: the findings list, the dashboard,
// search, the audit log and the exports, which name it at their call sites (docs/decisions/027-read-replica.md).
// They go to a streaming replica when DATABASE_REPLICA_URL names one that is up and caught up, unless
// the browser's person has just written (lib/server/read-your-writes.ts); everything else — every
// other read, every transaction, every write — uses getDb(), the primary. No replica configured:
// getReadDb() is getDb().
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { getDatabaseUrl, getEnv, getReplicaUrls } from '@/lib/env';
import { getDb, pgAdapter, type Db, type Tx } from '@/lib/server/db';
import { createReplica, type Replica } from '@/lib/server/replica';
import { CHECK_SECONDS } from '@/lib/server/replica-lag';
import { wroteRecently } from '@/lib/server/read-your-writes';

type ReplicaSet = { replicas: Replica[]; turn: number; timer?: NodeJS.Timeout; checking?: Promise<void>; primary?: Promise<SqlDriverAdapter> };

const globalForReplicas = globalThis as unknown as { replicaSet?: ReplicaSet };

function replicaSet(): ReplicaSet {
  if (globalForReplicas.replicaSet) return globalForReplicas.replicaSet;
  const set: ReplicaSet = { replicas: [], turn: 0 };
  // A small pool of its own on the primary, for the lag checks and for reads in flight when a replica fails.
  const primary = () => (set.primary ??= pgAdapter(getDatabaseUrl(), { max: 4 }).connect());
  const maxLagMs = getEnv().DATABASE_REPLICA_MAX_LAG_SECONDS * 1000;
  set.replicas = getReplicaUrls().map((url) => createReplica(url, primary, maxLagMs));
  if (set.replicas.length > 0) {
    void checkAll(set);
    set.timer = setInterval(() => void checkAll(set), CHECK_SECONDS * 1000).unref();
  }
  globalForReplicas.replicaSet = set;
  return set;
}

// One round of checks at a time: a replica that does not answer holds its check up to the connect timeout.
const checkAll = (set: ReplicaSet) =>
  (set.checking ??= Promise.all(set.replicas.map((replica) => replica.check())).then(() => {
    set.checking = undefined;
  }));

/** A round of checks of every replica that starts now (they are also checked every CHECK_SECONDS). */
export async function checkReplicas(): Promise<void> {
  const set = replicaSet();
  await set.checking;
  await checkAll(set);
}

/** The usable replicas in turn; null when none is configured or usable. */
function nextReplica(): Db | null {
  const set = replicaSet();
  for (let i = 0; i < set.replicas.length; i += 1) {
    const replica = set.replicas[set.turn++ % set.replicas.length]!;
    if (replica.usable()) return replica.db;
  }
  return null;
}

/**
 * A replica for a lag-tolerant read, or the primary: `primary` if given (an export reads in its
 * guarded transaction when no replica takes the read), else getDb().
 */
export async function getReadDb(): Promise<Db>;
export async function getReadDb<T extends Db | Tx>(primary: T): Promise<Db | T>;
export async function getReadDb(primary?: Db | Tx): Promise<Db | Tx> {
  const replica = nextReplica();
  if (replica && !(await wroteRecently())) return replica;
  return primary ?? getDb();
}

/** Closes the replicas' connections (tests and scripts that end). */
export async function closeReplicas(): Promise<void> {
  const set = globalForReplicas.replicaSet;
  if (!set) return;
  globalForReplicas.replicaSet = undefined;
  clearInterval(set.timer);
  await Promise.all(set.replicas.map((replica) => replica.close()));
  await (await set.primary)?.dispose();
}
