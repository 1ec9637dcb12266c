// Keeps the queue and the job rows in step when the worker starts and then every minute: a job
// left RUNNING by a worker that stopped (no progress for STALE_AFTER) is failed and what it staged
// is deleted; a job still QUEUED is sent again (a send that failed after the upload committed, or a
// queue message lost), which is harmless: a job is claimed once.
import type { Db } from '@/lib/server/db';
import { AppError } from '@/lib/app-error';
import { finishImportJob, refusalOutcome } from '@/modules/imports/run';

const STALE_AFTER_MS = 5 * 60_000;

export async function recoverImportJobs(db: Db, send: (jobId: string) => Promise<void>): Promise<{ failed: number; resent: number }> {
  const staleBefore = new Date(Date.now() - STALE_AFTER_MS);
  const stale = await db.importJob.findMany({ where: { state: 'RUNNING', updatedAt: { lt: staleBefore } }, select: { id: true, kind: true, targetId: true, requestedById: true } });
  for (const job of stale) {
    await db.$transaction(async (tx) => {
      const claimed = await tx.importJob.updateMany({ where: { id: job.id, state: 'RUNNING', updatedAt: { lt: staleBefore } }, data: { phase: null } });
      if (claimed.count === 0) return;
      // Staged households go with their unpublished snapshot (cascade).
      await tx.rosterImport.deleteMany({ where: { importJobId: job.id, publishedAt: null } });
      await finishImportJob(tx, job, { state: 'FAILED', outcome: refusalOutcome(new AppError('INTERNAL', { messageKey: 'imports.job.interrupted' })) });
    });
  }
  const queued = await db.importJob.findMany({ where: { state: 'QUEUED', createdAt: { lt: new Date(Date.now() - 60_000) } }, select: { id: true } });
  for (const job of queued) await send(job.id);
  return { failed: stale.length, resent: queued.length };
}
