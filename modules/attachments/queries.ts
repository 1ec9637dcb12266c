// Reads of work report attachments, through the report's scope.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { reportScope } from '@/modules/reports/access';

export function findReportAttachments(db: Db, actor: Actor, reportId: string) {
  return db.attachment.findMany({
    where: { workReportId: reportId, workReport: reportScope(actor) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true, uploadedBy: { select: { displayName: true } } },
  });
}

export type ReportAttachment = Awaited<ReturnType<typeof findReportAttachments>>[number];

/** One attachment for download, or null when missing or out of scope. */
export function getReportAttachment(db: Db, actor: Actor, reportId: string, attachmentId: string) {
  return db.attachment.findFirst({
    where: { id: attachmentId, workReportId: reportId, workReport: reportScope(actor) },
    select: { sha256: true, fileName: true, mimeType: true, sizeBytes: true },
  });
}
