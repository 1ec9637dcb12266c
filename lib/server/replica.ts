// One streaming replica as a Prisma client for the reads that may lag (lib/server/read-db.ts), with
// what it takes to trust it: a check that it is a standby that has replayed what the primary had
// written `maxLagMs` ago, and a fallback that answers a read from the primary when the replica cannot
// (down, restarting, out of connections, a query cancelled by replay). Writes are never passed on:
// the standby refuses them, so a write sent through this client fails instead of landing anywhere.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { pgAdapter } from '@/lib/server/db';
import { getLogger } from '@/lib/server/logger';
import { replicaFailure } from '@/lib/server/replica-failure';
import { LagWatch } from '@/lib/server/replica-lag';

// pg waits for a connection forever by default: a replica that does not answer within this is down.
const CONNECT_TIMEOUT_MS = 3_000;

export type Replica = {
  db: PrismaClient;
  /** Whether the last check found it a standby within the lag bound, and no read failed since. */
  usable: () => boolean;
  /** Samples the primary's position (at `now`) and judges the replica against the bound. */
  check: (now?: number) => Promise<void>;
  close: () => Promise<void>;
};

export function createReplica(url: string, primary: () => Promise<SqlDriverAdapter>, maxLagMs: number): Replica {
  const factory = pgAdapter(url, { connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // One pool, opened on first use by either the client or a check; closed once by either.
  let connected: Promise<SqlDriverAdapter> | undefined;
  const connect = () => (connected ??= factory.connect());
  let disposed: Promise<void> | undefined;
  const dispose = async () => {
    if (connected) await (disposed ??= connected.then((adapter) => adapter.dispose()));
  };
  const host = new URL(url).host;
  const lag = new LagWatch(maxLagMs);
  // Unusable until a check has shown it is caught up.
  let usable = false;
  // Counts reads that found it down, so that a check begun before such a read does not take it back.
  let failedReads = 0;
  const setUsable = (next: boolean, reason: string) => {
    if (next === usable) return;
    usable = next;
    if (next) getLogger().info({ component: 'replica', host }, 'replica serves lag-tolerant reads');
    else getLogger().warn({ component: 'replica', host, reason }, 'replica set aside, its reads go to the primary');
  };

  const fallback = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (property === 'queryRaw') {
          return async (query: SqlQuery) => {
            try {
              return await target.queryRaw(query);
            } catch (error) {
              const failure = replicaFailure(error);
              if (failure === null) throw error;
              if (failure === 'down') {
                failedReads += 1;
                setUsable(false, error instanceof Error ? error.message : String(error));
              }
              return (await primary()).queryRaw(query);
            }
          };
        }
        if (property === 'dispose') return dispose;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const withFallback: SqlDriverAdapterFactory = new Proxy(factory, {
    get(target, property) {
      if (property === 'connect') return async () => fallback(await connect());
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

  async function check(now = Date.now()) {
    const failedBefore = failedReads;
    try {
      lag.add(now, (await firstRow(await primary(), 'SELECT pg_current_wal_insert_lsn()::text'))[0]);
    } catch {
      // The primary does not answer: judge the replica by the positions already seen.
    }
    const target = lag.target();
    try {
      const replay = target === null ? 'false' : `pg_last_wal_replay_lsn() >= '${target}'::pg_lsn`;
      const [standby, replayed] = await firstRow(await connect(), `SELECT pg_is_in_recovery(), ${replay}`);
      if (standby !== true) setUsable(false, 'not a standby (pg_is_in_recovery() is false)');
      else if (replayed !== true) setUsable(false, `more than ${maxLagMs / 1000} s behind the primary`);
      else if (failedReads === failedBefore) setUsable(true, '');
    } catch (error) {
      setUsable(false, error instanceof Error ? error.message : String(error));
    }
  }

  const db = new PrismaClient({ adapter: withFallback });
  const close = async () => {
    await db.$disconnect();
    await dispose();
  };
  return { db, usable: () => usable, check, close };
}

async function firstRow(adapter: SqlDriverAdapter, sql: string): Promise<unknown[]> {
  const result = await adapter.queryRaw({ sql, args: [], argTypes: [] });
  return result.rows[0] ?? [];
}
