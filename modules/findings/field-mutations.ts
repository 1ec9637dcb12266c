// Findings written from the field app (docs/decisions/022-field-sync-protocol.md): a new finding keyed
// by the device's submission key (a retry answers with the same finding), and an edit on the version
// the device started from, which on a newer version answers with the finding as it now is so the device
// can keep its edit, drop it or merge. The rules are those of the form (mutations.ts).
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { attachStagedPhotos } from '@/modules/field-photos/attach';
import { createFinding, loadEditableFinding, updateFinding } from '@/modules/findings/mutations';
import type { ZEditFieldFindingInput, ZFieldFindingInput } from '@/modules/findings/schema';

export async function createFieldFinding(ctx: GuardedContext, input: z.output<typeof ZFieldFindingInput>) {
  const { submissionKey, photoIds, position, recordedAt, deviceSentAt, ...fields } = input;
  // Concurrent retries of one submission wait here for each other, so only the first one creates.
  await ctx.tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext(${`finding:${submissionKey}`}))`;
  const existing = await ctx.tx.finding.findUnique({ where: { submissionKey }, select: { id: true, version: true, createdById: true, assessmentId: true } });
  if (existing) {
    if (existing.createdById !== ctx.actor.userId) throw new AppError('CONFLICT', { messageKey: 'findings.errors.keyUsed' });
    // Already saved (the first response was lost): the same finding, the retry noted.
    await ctx.audit({ action: 'finding.resubmit', entityType: 'Finding', entityId: existing.id, assessmentId: existing.assessmentId, data: { submissionKey } });
    return { id: existing.id, version: existing.version, replayed: true };
  }
  const finding = await createFinding(ctx, fields, { submissionKey, position, recordedAt, deviceSentAt });
  await addFieldPhotos(ctx, finding.id, photoIds);
  return { ...finding, replayed: false };
}

export async function editFieldFinding(ctx: GuardedContext, input: z.output<typeof ZEditFieldFindingInput>) {
  const { photoIds, ...fields } = input;
  const updated = await updateFinding(ctx, fields).catch(async (error: unknown) => {
    if (error instanceof AppError && error.code === 'CONFLICT') throw await staleEdit(ctx, input.id);
    throw error;
  });
  await addFieldPhotos(ctx, input.id, photoIds);
  return updated;
}

async function addFieldPhotos(ctx: GuardedContext, findingId: string, photoIds: readonly string[]) {
  if (photoIds.length === 0) return;
  const finding = await loadEditableFinding(ctx, findingId);
  const attachments = await attachStagedPhotos(ctx, photoIds, { findingId });
  await ctx.audit({
    action: 'finding.evidence.add',
    entityType: 'Finding',
    entityId: findingId,
    assessmentId: finding.assessmentId,
    data: { attachments: attachments.map((a) => ({ id: a.id, sha256: a.sha256, deviceSha256: a.deviceSha256 })) },
  });
}

/** The conflict of an edit made on an older version, with the finding as it now is. */
async function staleEdit(ctx: GuardedContext, id: string): Promise<AppError> {
  const current = await ctx.tx.finding.findUniqueOrThrow({
    where: { id },
    select: { version: true, status: true, regionId: true, indicatorId: true, category: true, severity: true, title: true, description: true, updatedAt: true },
  });
  const { version, status, updatedAt, ...values } = current;
  return new AppError('CONFLICT', { messageKey: 'findings.errors.staleEdit', details: { current: { id, version, status, values, updatedAt } } });
}
