// Runs one import job in the worker: claims it (QUEUED → RUNNING, once: a job delivered twice or
// cancelled before it started is skipped), hands the stored file to the handler of its kind, and
// ends it as DONE, FAILED (a refusal, kept with its reason or the rejected rows) or CANCELLED,
// with an audit event. The handler decides what to save and calls `finish` inside its last
// transaction, so the saved data and the job's DONE state become visible together.
import { AppError } from '@/lib/app-error';
import type { Db, Tx } from '@/lib/server/db';
import type { ImportJobKind } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { ImportCancelled, progressReporter, type ReportProgress } from '@/modules/imports/progress';
import { getLogger } from '@/lib/server/logger';

export type RunningJob = { id: string; kind: ImportJobKind; targetId: string; fileName: string; requestedById: string; payload: Prisma.JsonValue; bytes: Uint8Array };
export type JobEnd =
  | { state: 'DONE'; rowCount: number; outcome: Prisma.InputJsonValue }
  | { state: 'FAILED'; issueCount?: number; outcome: Prisma.InputJsonValue }
  | { state: 'CANCELLED' };

export type JobContext = {
  job: RunningJob;
  progress: ReportProgress;
  /** Ends the job inside the caller's transaction (and audits it). */
  finish: (tx: Tx, end: JobEnd) => Promise<void>;
};
export type ImportHandler = (db: Db, ctx: JobContext) => Promise<void>;
export type ImportHandlers = Record<ImportJobKind, ImportHandler>;

/**
 * Ends a running job: its state, outcome and time, the stored file deleted, an audit event. DONE only
 * if no cancel was asked for: the update locks the job row, so a cancel either comes first (and the
 * caller's transaction rolls back as cancelled) or finds the job already done.
 */
export async function finishImportJob(tx: Tx, job: { id: string; kind: ImportJobKind; targetId: string; requestedById: string }, end: JobEnd): Promise<void> {
  const ended = await tx.importJob.updateMany({
    where: { id: job.id, state: 'RUNNING', ...(end.state === 'DONE' ? { cancelRequested: false } : {}) },
    data: {
      state: end.state,
      finishedAt: new Date(),
      ...(end.state === 'DONE' ? { rowCount: end.rowCount, outcome: end.outcome } : {}),
      ...(end.state === 'FAILED' ? { issueCount: end.issueCount ?? null, outcome: end.outcome } : {}),
    },
  });
  if (ended.count === 0) {
    if (end.state === 'DONE') throw new ImportCancelled();
    // Already ended elsewhere (cancelled while queued, or failed by recovery): nothing more to record.
    return;
  }
  await tx.importFile.deleteMany({ where: { jobId: job.id } });
  await recordAuditEvent(tx, job.requestedById, {
    action: `import.${end.state.toLowerCase()}`,
    entityType: 'ImportJob',
    entityId: job.id,
    data: { kind: job.kind, targetId: job.targetId, ...(end.state === 'DONE' ? { rowCount: end.rowCount } : {}) },
  });
}

/** A refusal as the job keeps it: the message key and parameters, translated when shown. */
export const refusalOutcome = (error: AppError) => ({ code: error.code, messageKey: error.messageKey, params: error.params });

export async function runImportJob(db: Db, jobId: string, handlers: ImportHandlers): Promise<void> {
  const claimed = await db.importJob.updateMany({ where: { id: jobId, state: 'QUEUED' }, data: { state: 'RUNNING', startedAt: new Date(), phase: 'reading' } });
  if (claimed.count === 0) return;
  const row = await db.importJob.findUniqueOrThrow({
    where: { id: jobId },
    select: { id: true, kind: true, targetId: true, fileName: true, requestedById: true, payload: true, file: { select: { bytes: true } } },
  });
  const job: RunningJob = { ...row, bytes: row.file?.bytes ?? new Uint8Array() };
  let finished = false;
  const finish = async (tx: Tx, end: JobEnd) => {
    await finishImportJob(tx, job, end);
    finished = true;
  };
  let end: JobEnd | null = null;
  try {
    await handlers[job.kind](db, { job, progress: progressReporter(db, job.id), finish });
    if (!finished) throw new Error(`import handler ${job.kind} did not finish the job`);
  } catch (error) {
    if (finished) throw error;
    if (error instanceof ImportCancelled) end = { state: 'CANCELLED' };
    else if (error instanceof AppError) end = { state: 'FAILED', outcome: refusalOutcome(error) };
    else {
      getLogger().error({ err: error, jobId: job.id, component: 'imports' }, 'import job failed');
      end = { state: 'FAILED', outcome: refusalOutcome(new AppError('INTERNAL')) };
    }
  }
  if (end) {
    const ending = end;
    await db.$transaction((tx) => finishImportJob(tx, job, ending));
  }
}
