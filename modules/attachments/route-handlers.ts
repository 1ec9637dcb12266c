// HTTP handlers for report attachments: the upload goes through the shared upload route
// (streamed multipart reader, guarded path, staged files); a download is the file itself, read
// through the same scoped query.
import { getDb } from '@/lib/server/db';
import { isCleanText } from '@/lib/server/input-text';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { uploadReportAttachment } from '@/modules/attachments/mutations';
import { getReportAttachment } from '@/modules/attachments/queries';
import { ZUploadReportAttachmentInput } from '@/modules/attachments/schema';
import { storedFileResponse } from '@/modules/attachments/file-response';
import { uploadResponse } from '@/modules/attachments/upload-route';

export function uploadReportAttachmentResponse(request: Request, reportId: string): Promise<Response> {
  const def = { schema: ZUploadReportAttachmentInput, permission: 'report.write' as const, run: uploadReportAttachment };
  return uploadResponse(request, { field: 'file', maxFiles: 1 }, def, ({ files }) => ({ reportId, file: files.file?.[0] }));
}

export async function downloadReportAttachmentResponse(reportId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row = hasPermission(actor, 'report.read') && isCleanText(reportId, attachmentId) ? await getReportAttachment(getDb(), actor, reportId, attachmentId) : null;
  return storedFileResponse(row, 'attachment');
}
