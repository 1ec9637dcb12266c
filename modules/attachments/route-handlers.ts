// HTTP handlers for report attachments. route() in lib/server/route.ts speaks JSON only; an
// upload is multipart and a download is the file itself, so these call the same guarded path
// (runGuarded: session → zod → permission → transaction → audit) and the same scoped queries directly.
import { APP_ERROR_STATUS, type ActionResult } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { runGuarded } from '@/lib/server/guarded';
import { isCleanText } from '@/lib/server/input-text';
import { getServerTranslator } from '@/lib/i18n/server-translator';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { MAX_ATTACHMENT_BYTES } from '@/modules/attachments/file-type';
import { uploadReportAttachment } from '@/modules/attachments/mutations';
import { getReportAttachment } from '@/modules/attachments/queries';
import { ZUploadReportAttachmentInput } from '@/modules/attachments/schema';
import { readBlob } from '@/modules/attachments/storage';
import { storedFileResponse } from '@/modules/attachments/file-response';

// Multipart boundaries and headers around the file.
const MULTIPART_SLACK = 64 * 1024;

function json<T>(result: ActionResult<T>): Response {
  return Response.json(result, { status: result.ok ? 200 : APP_ERROR_STATUS[result.code] });
}

export async function uploadReportAttachmentResponse(request: Request, reportId: string): Promise<Response> {
  // Refuse an oversize body before reading it into memory.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ATTACHMENT_BYTES + MULTIPART_SLACK) {
    const t = await getServerTranslator();
    const message = t('reports.attachments.tooLarge', { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
    return Response.json({ ok: false, code: 'INVALID_INPUT', message, fieldErrors: { file: [message] } }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const result = await runGuarded(
    { schema: ZUploadReportAttachmentInput, permission: 'report.write', run: uploadReportAttachment },
    { reportId, file: form?.get('file') ?? undefined },
  );
  return json(result);
}

export async function downloadReportAttachmentResponse(reportId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row = hasPermission(actor, 'report.read') && isCleanText(reportId, attachmentId) ? await getReportAttachment(getDb(), actor, reportId, attachmentId) : null;
  const bytes = row ? await readBlob(row.sha256) : null;
  if (!row || !bytes) return Response.json({ ok: false, code: 'NOT_FOUND' }, { status: 404 });
  return storedFileResponse(row, bytes, 'attachment');
}
