// HTTP handlers for the finding writes that carry files (evidence, an appeal, a proof of
// completion), through the shared upload route (streamed multipart reader, guarded path, staged
// files), and for reading a stored file back through the finding's scope.
import { getDb } from '@/lib/server/db';
import { isCleanText } from '@/lib/server/input-text';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { appealFinding, uploadFindingEvidence } from '@/modules/findings/evidence-mutations';
import { getFindingAttachment } from '@/modules/findings/queries';
import { MAX_FILES_PER_SUBMISSION, ZAppealFindingInput, ZUploadEvidenceInput } from '@/modules/findings/schema';
import { submitProof } from '@/modules/rectifications/mutations';
import { ZSubmitProofInput } from '@/modules/rectifications/schema';
import { storedFileResponse } from '@/modules/attachments/file-response';
import { uploadResponse } from '@/modules/attachments/upload-route';

export function uploadEvidenceResponse(request: Request, findingId: string) {
  const def = { schema: ZUploadEvidenceInput, permission: 'finding.write' as const, run: uploadFindingEvidence };
  return uploadResponse(request, { field: 'file', maxFiles: 1 }, def, ({ files }) => ({ findingId, file: files.file?.[0] }));
}

export function appealResponse(request: Request, findingId: string) {
  const def = { schema: ZAppealFindingInput, permission: 'rectification.write' as const, run: appealFinding };
  return uploadResponse(request, { field: 'files', maxFiles: MAX_FILES_PER_SUBMISSION }, def, ({ fields, files }) => ({
    id: findingId,
    version: fields.version,
    reason: fields.reason,
    files: files.files ?? [],
  }));
}

export function submitProofResponse(request: Request, findingId: string) {
  const def = { schema: ZSubmitProofInput, permission: 'rectification.write' as const, run: submitProof };
  return uploadResponse(request, { field: 'files', maxFiles: MAX_FILES_PER_SUBMISSION }, def, ({ fields, files }) => ({
    id: findingId,
    version: fields.version,
    note: fields.note,
    files: files.files ?? [],
  }));
}

/** A stored file of a finding the actor may see: images inline (for previews), documents as downloads. */
export async function attachmentResponse(findingId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row = hasPermission(actor, 'finding.read') && isCleanText(findingId, attachmentId) ? await getFindingAttachment(getDb(), actor, findingId, attachmentId) : null;
  return storedFileResponse(row, 'inline-images');
}
