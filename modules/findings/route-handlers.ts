// HTTP handlers for the finding writes that carry files (evidence, an appeal, a proof of
// completion) and for reading a stored file back. route() in lib/server/route.ts speaks JSON
// only, so these call the same guarded path (runGuarded) and the same scoped queries directly.
import type { z } from 'zod';
import { APP_ERROR_STATUS, type ActionResult } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { runGuarded } from '@/lib/server/guarded';
import { isCleanText } from '@/lib/server/input-text';
import { getServerTranslator } from '@/lib/i18n/server-translator';
import type { Permission } from '@/modules/auth/permissions';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { MAX_ATTACHMENT_BYTES } from '@/modules/attachments/file-type';
import { readBlob } from '@/modules/attachments/storage';
import { appealFinding, uploadFindingEvidence } from '@/modules/findings/evidence-mutations';
import { getFindingAttachment } from '@/modules/findings/queries';
import { MAX_FILES_PER_SUBMISSION, ZAppealFindingInput, ZUploadEvidenceInput } from '@/modules/findings/schema';
import { submitProof } from '@/modules/rectifications/mutations';
import { ZSubmitProofInput } from '@/modules/rectifications/schema';
import type { GuardedContext } from '@/lib/server/guarded';
import { storedFileResponse } from '@/modules/attachments/file-response';

// Multipart boundaries, headers and the text fields around the files.
const MULTIPART_SLACK = 64 * 1024;

function json<T>(result: ActionResult<T>): Response {
  return Response.json(result, { status: result.ok ? 200 : APP_ERROR_STATUS[result.code] });
}

/** Refuses an oversize body before reading it into memory. */
async function tooLarge(request: Request, files: number, field: string): Promise<Response | null> {
  if (Number(request.headers.get('content-length') ?? 0) <= files * MAX_ATTACHMENT_BYTES + MULTIPART_SLACK) return null;
  const t = await getServerTranslator();
  const message = t('findings.evidence.tooLarge', { name: '', max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
  return Response.json({ ok: false, code: 'INVALID_INPUT', message, fieldErrors: { [field]: [message] } }, { status: 413 });
}

async function multipart<S extends z.ZodType, R>(
  request: Request,
  def: { schema: S; permission: Permission; run: (ctx: GuardedContext, input: z.output<S>) => Promise<R> },
  files: { field: string; max: number },
  fields: (form: FormData | null) => Record<string, unknown>,
): Promise<Response> {
  const refused = await tooLarge(request, files.max, files.field);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  return json(await runGuarded(def, fields(form)));
}

const text = (form: FormData | null, name: string) => {
  const value = form?.get(name);
  return typeof value === 'string' ? value : undefined;
};
const fileList = (form: FormData | null) => (form?.getAll('files') ?? []).filter((f): f is File => f instanceof File && f.size > 0);

export function uploadEvidenceResponse(request: Request, findingId: string) {
  return multipart(request, { schema: ZUploadEvidenceInput, permission: 'finding.write', run: uploadFindingEvidence }, { field: 'file', max: 1 }, (form) => ({
    findingId,
    file: form?.get('file') ?? undefined,
  }));
}

export function appealResponse(request: Request, findingId: string) {
  const def = { schema: ZAppealFindingInput, permission: 'rectification.write' as const, run: appealFinding };
  return multipart(request, def, { field: 'files', max: MAX_FILES_PER_SUBMISSION }, (form) => ({
    id: findingId,
    version: text(form, 'version'),
    reason: text(form, 'reason'),
    files: fileList(form),
  }));
}

export function submitProofResponse(request: Request, findingId: string) {
  const def = { schema: ZSubmitProofInput, permission: 'rectification.write' as const, run: submitProof };
  return multipart(request, def, { field: 'files', max: MAX_FILES_PER_SUBMISSION }, (form) => ({
    id: findingId,
    version: text(form, 'version'),
    note: text(form, 'note'),
    files: fileList(form),
  }));
}

/** A stored file of a finding the actor may see: images inline (for previews), documents as downloads. */
export async function attachmentResponse(findingId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row = hasPermission(actor, 'finding.read') && isCleanText(findingId, attachmentId) ? await getFindingAttachment(getDb(), actor, findingId, attachmentId) : null;
  const bytes = row ? await readBlob(row.sha256) : null;
  if (!row || !bytes) return Response.json({ ok: false, code: 'NOT_FOUND' }, { status: 404 });
  const inline = row.mimeType === 'image/jpeg' || row.mimeType === 'image/png';
  return storedFileResponse(row, bytes, inline ? 'inline' : 'attachment');
}
