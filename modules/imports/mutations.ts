// Writes of import jobs from the request path: record a job with its file (the worker picks it up
// from the queue), and ask a job to stop. Both run inside the guarded transaction with an audit event.
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import type { ImportJobKind } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { importJobScope } from '@/modules/imports/access';
import { limitExceeded, unreadable, type ImportLimits } from '@/modules/imports/limits';

/** Name to keep for the file: at most 200 characters. */
const keptName = (name: string) => name.slice(0, 200);

/** Checks the file's size against the kind's limit and records the queued job with its bytes. */
export async function createImportJob(ctx: GuardedContext, input: { kind: ImportJobKind; targetId: string; file: File; limits: ImportLimits; payload?: Prisma.InputJsonObject }): Promise<{ jobId: string }> {
  if (input.file.size === 0) throw unreadable('empty');
  if (input.file.size > input.limits.fileBytes) throw limitExceeded('fileBytes', input.limits.fileBytes, input.file.size);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const job = await ctx.tx.importJob.create({
    data: {
      kind: input.kind,
      requestedById: ctx.actor.userId,
      targetId: input.targetId,
      ...(input.payload ? { payload: input.payload } : {}),
      fileName: keptName(input.file.name),
      fileBytes: bytes.length,
      fileSha256,
      file: { create: { bytes } },
    },
    select: { id: true },
  });
  await ctx.audit({ action: 'import.queued', entityType: 'ImportJob', entityId: job.id, data: { kind: input.kind, targetId: input.targetId, fileName: keptName(input.file.name), fileBytes: bytes.length, fileSha256 } });
  return { jobId: job.id };
}

/**
 * A queued job is cancelled at once; a running one is asked to stop and stops at its next progress
 * report, deleting what it staged. A finished job cannot be cancelled.
 */
export async function cancelImportJob(ctx: GuardedContext, input: { jobId: string }): Promise<{ state: 'CANCELLED' | 'CANCELLING' }> {
  const job = await ctx.tx.importJob.findFirst({ where: { id: input.jobId, ...importJobScope(ctx.actor) }, select: { id: true, state: true, kind: true, targetId: true } });
  if (!job) throw new AppError('NOT_FOUND');
  const audit = () => ctx.audit({ action: 'import.cancel', entityType: 'ImportJob', entityId: job.id, data: { kind: job.kind, targetId: job.targetId, state: job.state } });
  const queued = await ctx.tx.importJob.updateMany({ where: { id: job.id, state: 'QUEUED' }, data: { state: 'CANCELLED', cancelRequested: true, finishedAt: new Date() } });
  if (queued.count === 1) {
    await ctx.tx.importFile.deleteMany({ where: { jobId: job.id } });
    await audit();
    return { state: 'CANCELLED' };
  }
  const running = await ctx.tx.importJob.updateMany({ where: { id: job.id, state: 'RUNNING' }, data: { cancelRequested: true } });
  if (running.count === 0) throw new AppError('CONFLICT', { messageKey: 'imports.job.errors.notCancellable' });
  await audit();
  return { state: 'CANCELLING' };
}
