// The worker process beside `next start`: roster and report imports, the reminder sweep, merging
// the finding tallies, checking the audit chain, removing field photos never attached and (with
// SMTP_URL) e-mail of notifications. Run through scripts/worker.mjs (`npm run worker`). Needs
// DATABASE_URL, like the server; `npm start` starts it (scripts/lib/worker-process.mjs).
import { getDb } from '@/lib/server/db';
import { getLogger } from '@/lib/server/logger';
import { IMPORT_HANDLERS } from '@/lib/server/import-handlers';
import { startImportWorker } from '@/modules/imports/worker';
import { startMailer } from '@/modules/notifications/mailer';
import { startReminderWorker } from '@/modules/notifications/worker';
import { startTallyCompaction } from '@/modules/dashboard/tally-compaction';
import { startAuditVerifyWorker } from '@/modules/audit/verify-worker';
import { startStagedPhotoSweep } from '@/modules/field-photos/cleanup';

const imports = await startImportWorker(getDb(), IMPORT_HANDLERS);
const reminders = await startReminderWorker(getDb());
const mailer = startMailer(getDb());
const compaction = startTallyCompaction(getDb());
const auditChecks = await startAuditVerifyWorker(getDb());
const stagedPhotos = startStagedPhotoSweep(getDb());
const log = getLogger().child({ component: 'worker' });
log.info({ mail: Boolean(mailer) }, 'worker ready');
let stopped: Promise<unknown> | undefined;
/** Takes no new job; the ones in hand finish (the queues wait up to 30 s), then the process ends. */
function shutdown(reason: string) {
  if (stopped) return;
  log.info({ reason }, 'worker stopping: finishing the jobs in hand');
  mailer?.stop();
  compaction.stop();
  stagedPhotos.stop();
  stopped = Promise.all([imports.stop(), reminders.stop(), auditChecks.stop()])
    .then(
      () => log.info('worker stopped'),
      (error: unknown) => log.error({ err: error }, 'worker stopped with an error'),
    )
    .finally(() => process.exit(0));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutdown(signal));
// Started by `npm start` or the test runner (an IPC channel): the channel closes when the parent
// ends, even by SIGKILL, and the worker stops too rather than run on as an orphan.
process.on('disconnect', () => shutdown('parent gone'));
if (process.send !== undefined && !process.connected) shutdown('parent gone');
