// The import queue on pg-boss (PostgreSQL only, in its own `pgboss` schema). The web server only
// sends; the worker process (scripts/worker.mjs) works the queue. One client per process.
import PgBoss from 'pg-boss';
import { getDatabaseUrl } from '@/lib/env';
import { getLogger } from '@/lib/server/logger';

export const IMPORT_QUEUE = 'import';
export type ImportMessage = { jobId: string };

const globalForBoss = globalThis as unknown as { importBoss?: Promise<PgBoss> };

async function startBoss(supervise: boolean): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: getDatabaseUrl(), max: 2, supervise, schedule: false });
  boss.on('error', (error) => getLogger().error({ err: error, component: 'imports' }, 'queue error'));
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE);
  return boss;
}

/** `supervise`: the queue's maintenance (expiry, archiving) runs in the worker, not in the web server. */
export function getImportQueue(supervise = false): Promise<PgBoss> {
  globalForBoss.importBoss ??= startBoss(supervise).catch((error: unknown) => {
    globalForBoss.importBoss = undefined;
    throw error;
  });
  return globalForBoss.importBoss;
}

/** Stops this process's queue client (the worker waits for the job in hand). */
export async function stopImportQueue(): Promise<void> {
  const boss = globalForBoss.importBoss;
  globalForBoss.importBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true });
}

/** Queues a job row for the worker. The job id is the singleton key: sending twice queues it once. */
export async function enqueueImport(jobId: string): Promise<void> {
  const boss = await getImportQueue();
  // No retries by pg-boss: a job interrupted half-way is failed and cleaned up by the worker (recover.ts).
  await boss.send(IMPORT_QUEUE, { jobId } satisfies ImportMessage, { singletonKey: jobId, retryLimit: 0, expireInMinutes: 30 });
}
