// Queries of one transaction, one after another. A transaction holds a single connection, but Prisma's
// query interpreter fetches the relations of one read in parallel (a `join` node's children through
// Promise.all), so a read with several relations inside a transaction sends overlapping queries to that
// one connection: pg queues them and warns that this will stop working (pg@9), and an error in one of
// them while others are queued is how answers can reach the wrong query (prisma/orm#29468, #30374).
// Wrapping the driver adapter (its documented factory → adapter → transaction interfaces) makes each
// transaction's statements wait for the one before, and COMMIT or ROLLBACK wait for all of them, so a
// connection goes back to the pool only once nothing of its transaction is still running. Reads outside
// transactions go through the pool as before.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

const SERIAL = new Set<PropertyKey>(['queryRaw', 'executeRaw', 'commit', 'rollback', 'createSavepoint', 'rollbackToSavepoint', 'releaseSavepoint']);

/** The transaction with its statements in one queue (each starts when the previous one has settled). */
export function serialTransaction(tx: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  return new Proxy(tx, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (!SERIAL.has(property)) return method.bind(target);
      return (...args: unknown[]) => {
        const run = tail.then(() => method.apply(target, args));
        tail = run.catch(() => undefined);
        return run;
      };
    },
  });
}

function serialAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'startTransaction') {
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => serialTransaction(await target.startTransaction(...args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The driver adapter factory whose transactions run their statements one at a time. */
export function withSerialTransactions<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'connect') return async () => serialAdapter(await target.connect());
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
