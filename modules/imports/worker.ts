// The import worker: works the import queue one job at a time, in its own process (scripts/worker.mjs)
// so that parsing and saving a large file never holds up the web server's requests.
import type { Db } from '@/lib/server/db';
import { enqueueImport, getImportQueue, IMPORT_QUEUE, stopImportQueue, type ImportMessage } from '@/modules/imports/queue';
import { recoverImportJobs } from '@/modules/imports/recover';
import { runImportJob, type ImportHandlers } from '@/modules/imports/run';
import { getLogger } from '@/lib/server/logger';

const RECOVER_EVERY_MS = 60_000;

export async function startImportWorker(db: Db, handlers: ImportHandlers): Promise<{ stop: () => Promise<void> }> {
  const boss = await getImportQueue(true);
  const recover = () => recoverImportJobs(db, enqueueImport).catch((error: unknown) => getLogger().error({ err: error, component: 'imports' }, 'import job recovery failed'));
  await recover();
  const timer = setInterval(() => void recover(), RECOVER_EVERY_MS);
  await boss.work<ImportMessage>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([message]) => {
    if (message) await runImportJob(db, message.data.jobId, handlers);
  });
  return {
    stop: async () => {
      clearInterval(timer);
      await stopImportQueue();
    },
  };
}
