// The import worker process (roster imports), beside `next start`; run through scripts/worker.mjs
// (`npm run worker`). Needs DATABASE_URL, like the server; `npm start` starts it (scripts/lib/worker-process.mjs).
import { getDb } from '@/lib/server/db';
import { IMPORT_HANDLERS } from '@/lib/server/import-handlers';
import { startImportWorker } from '@/modules/imports/worker';

const worker = await startImportWorker(getDb(), IMPORT_HANDLERS);
console.log('[worker] import worker ready');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void worker.stop().finally(() => process.exit(0));
  });
}
