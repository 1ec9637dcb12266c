// HTTP handlers of the results: the official's appeal of an indicator verdict (multipart, with evidence) through
// the shared upload route, and reading an appeal's evidence back through the results' scope.
import { getDb } from '@/lib/server/db';
import { isCleanText } from '@/lib/server/input-text';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { storedFileResponse } from '@/modules/attachments/file-response';
import { uploadResponse } from '@/modules/attachments/upload-route';
import { appealResultIndicator } from '@/modules/results/appeal-mutations';
import { getResultAppealAttachment } from '@/modules/results/queries';
import { MAX_APPEAL_FILES, ZAppealResultInput } from '@/modules/results/schema';

export function appealResultResponse(request: Request, assessmentId: string) {
  const def = { schema: ZAppealResultInput, permission: 'result.appeal' as const, run: appealResultIndicator };
  return uploadResponse(request, { field: 'files', maxFiles: MAX_APPEAL_FILES }, def, ({ fields, files }) => ({
    assessmentId,
    indicatorId: fields.indicatorId,
    reason: fields.reason,
    files: files.files ?? [],
  }));
}

export async function resultAppealAttachmentResponse(assessmentId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row =
    hasPermission(actor, 'result.read') && isCleanText(assessmentId, attachmentId)
      ? await getResultAppealAttachment(getDb(), actor, assessmentId, attachmentId)
      : null;
  return storedFileResponse(row, 'inline-images');
}
