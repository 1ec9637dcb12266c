// Evidence of a finding (photos, documents), added and removed by assessors while it is a draft;
// and the region's appeal, which must come with evidence of its own.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { loadFindingForWrite } from '@/modules/findings/access';
import { loadEditableFinding } from '@/modules/findings/mutations';
import type { ZAppealFindingInput, ZRemoveEvidenceInput, ZUploadEvidenceInput } from '@/modules/findings/schema';
import { applyStep } from '@/modules/findings/step';
import { findingRecord, notifyEvent } from '@/modules/notifications/notify';
import { prepareUploads } from '@/modules/attachments/prepare-upload';
import { storeAttachments, type UploadContext } from '@/modules/attachments/store-upload';

export async function uploadFindingEvidence(ctx: UploadContext, input: z.output<typeof ZUploadEvidenceInput>) {
  const finding = await loadEditableFinding(ctx, input.findingId);
  const prepared = await prepareUploads([input.file], { field: 'file', accept: 'documents' });
  const [attachment] = await storeAttachments(ctx, prepared, { findingId: finding.id });
  await ctx.audit({
    action: 'finding.evidence.add',
    entityType: 'Finding',
    entityId: finding.id,
    assessmentId: finding.assessmentId,
    data: { attachmentId: attachment!.id, sha256: attachment!.sha256, fileName: attachment!.fileName, mimeType: attachment!.mimeType },
  });
  return attachment!;
}

export async function removeFindingEvidence(ctx: GuardedContext, input: z.output<typeof ZRemoveEvidenceInput>) {
  const finding = await loadEditableFinding(ctx, input.findingId);
  const attachment = await ctx.tx.attachment.findFirst({ where: { id: input.attachmentId, findingId: finding.id }, select: { id: true, sha256: true } });
  if (!attachment) throw new AppError('NOT_FOUND');
  await ctx.tx.attachment.delete({ where: { id: attachment.id } });
  await ctx.audit({
    action: 'finding.evidence.remove',
    entityType: 'Finding',
    entityId: finding.id,
    assessmentId: finding.assessmentId,
    data: { attachmentId: attachment.id, sha256: attachment.sha256 },
  });
  return { id: attachment.id };
}

/** 申诉举证: an official of the responsible region disputes the finding before the window closes. */
export async function appealFinding(ctx: UploadContext, input: z.output<typeof ZAppealFindingInput>) {
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, input.id);
  const prepared = await prepareUploads(input.files, { field: 'files', accept: 'documents' });
  const step = await applyStep(ctx, finding, 'appeal', input.version, { audit: { reason: input.reason } });
  const appeal = await ctx.tx.findingAppeal.create({
    data: { findingId: finding.id, reason: input.reason, submittedById: ctx.actor.userId },
    select: { id: true },
  });
  const files = await storeAttachments(ctx, prepared, { appealId: appeal.id });
  await ctx.audit({
    action: 'finding.appeal.evidence',
    entityType: 'Finding',
    entityId: finding.id,
    assessmentId: finding.assessmentId,
    data: { appealId: appeal.id, attachments: files.map((f) => ({ id: f.id, sha256: f.sha256, fileName: f.fileName })) },
  });
  await notifyEvent(ctx, 'APPEAL_LODGED', findingRecord(finding));
  return step;
}
