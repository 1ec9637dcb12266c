// The worker process beside `next start`: roster and report imports, and the reminder sweep. Run
// through scripts/worker.mjs (`npm run worker`). Needs DATABASE_URL, like the server; `npm start`
// starts it (scripts/lib/worker-process.mjs).
import { getDb } from '@/lib/server/db';
import { IMPORT_HANDLERS } from '@/lib/server/import-handlers';
import { startImportWorker } from '@/modules/imports/worker';
import { startReminderWorker } from '@/modules/notifications/worker';

const imports = await startImportWorker(getDb(), IMPORT_HANDLERS);
const reminders = await startReminderWorker(getDb());
console.log('[worker] import worker and reminder sweep ready');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void Promise.all([imports.stop(), reminders.stop()]).finally(() => process.exit(0));
  });
}
