// Documents attached to a work report by its officials while they may still change it.
// Files go through the shared upload pipeline (prepare-upload.ts): type by content, image size
// limited, location metadata removed and kept as fields; the bytes are stored once per SHA-256.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { prepareUploads } from '@/modules/attachments/prepare-upload';
import type { ZRemoveReportAttachmentInput, ZUploadReportAttachmentInput } from '@/modules/attachments/schema';
import { storeAttachments, type UploadContext } from '@/modules/attachments/store-upload';
import { assertCanWriteReport } from '@/modules/reports/access';
import { loadReportForWrite } from '@/modules/reports/load';
import { assertReportEditable } from '@/modules/reports/rules';

async function loadWritableReport(ctx: GuardedContext, reportId: string) {
  const report = await loadReportForWrite(ctx.tx, ctx.actor, reportId);
  assertCanWriteReport(ctx.actor, report);
  assertReportEditable(report.status);
  return report;
}

export async function uploadReportAttachment(ctx: UploadContext, input: z.output<typeof ZUploadReportAttachmentInput>) {
  const report = await loadWritableReport(ctx, input.reportId);
  const prepared = await prepareUploads([input.file], { field: 'file', accept: 'documents' });
  const [stored] = await storeAttachments(ctx, prepared, { workReportId: report.id });
  const { sha256, ...attachment } = stored!;
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
