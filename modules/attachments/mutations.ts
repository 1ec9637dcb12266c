// Documents attached to a work report by its officials while they may still change it.
// The type is decided from the content; the bytes are stored once per SHA-256.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { cleanFileName, detectFileKind, MAX_ATTACHMENT_BYTES } from '@/modules/attachments/file-type';
import type { ZRemoveReportAttachmentInput, ZUploadReportAttachmentInput } from '@/modules/attachments/schema';
import { storeBlob } from '@/modules/attachments/storage';
import { assertCanWriteReport } from '@/modules/reports/access';
import { invalidFields } from '@/modules/reports/field-errors';
import { loadReportForWrite } from '@/modules/reports/load';
import { assertReportEditable } from '@/modules/reports/rules';

const MAX_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

async function loadWritableReport(ctx: GuardedContext, reportId: string) {
  const report = await loadReportForWrite(ctx.tx, ctx.actor, reportId);
  assertCanWriteReport(ctx.actor, report);
  assertReportEditable(report.status);
  return report;
}

export async function uploadReportAttachment(ctx: GuardedContext, input: z.output<typeof ZUploadReportAttachmentInput>) {
  const report = await loadWritableReport(ctx, input.reportId);
  if (input.file.size > MAX_ATTACHMENT_BYTES) {
    throw await invalidFields([{ field: 'file', messageKey: 'reports.attachments.tooLarge', params: { max: MAX_MB } }]);
  }
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const kind = detectFileKind(bytes);
  if (!kind) throw await invalidFields([{ field: 'file', messageKey: 'reports.attachments.wrongType' }]);
  const sha256 = await storeBlob(bytes);
  const attachment = await ctx.tx.attachment.create({
    data: {
      sha256,
      mimeType: kind.mimeType,
      sizeBytes: bytes.byteLength,
      fileName: cleanFileName(input.file.name, kind),
      uploadedById: ctx.actor.userId,
      workReportId: report.id,
    },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
  });
  await ctx.audit({
    action: 'attachment.upload',
    entityType: 'Attachment',
    entityId: attachment.id,
    assessmentId: report.assessmentId,
    data: { workReportId: report.id, sha256, fileName: attachment.fileName, sizeBytes: attachment.sizeBytes },
  });
  return attachment;
}

/** Only what was attached since the last submission: a submitted revision keeps its documents. */
export async function removeReportAttachment(ctx: GuardedContext, input: z.output<typeof ZRemoveReportAttachmentInput>) {
  const report = await loadWritableReport(ctx, input.reportId);
  const attachment = await ctx.tx.attachment.findFirst({
    where: { id: input.attachmentId, workReportId: report.id },
    select: { id: true, sha256: true, createdAt: true },
  });
  if (!attachment) throw new AppError('NOT_FOUND');
  if (report.submittedAt && attachment.createdAt <= report.submittedAt) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'reports.attachments.submitted' });
  }
  await ctx.tx.attachment.delete({ where: { id: attachment.id } });
  await ctx.audit({
    action: 'attachment.remove',
    entityType: 'Attachment',
    entityId: attachment.id,
    assessmentId: report.assessmentId,
    data: { workReportId: report.id, sha256: attachment.sha256 },
  });
  return { id: attachment.id };
}
