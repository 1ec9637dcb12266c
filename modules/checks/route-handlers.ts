// HTTP handlers for household checks. A check arrives as multipart (a JSON `payload` part and
// `photos` files), so like modules/attachments/route-handlers.ts this calls the guarded path
// (runGuarded: session → zod → permission → transaction → audit) directly; photos are served
// through the same scope as the check.
import { APP_ERROR_STATUS, type ActionResult } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { runGuarded } from '@/lib/server/guarded';
import { isCleanText } from '@/lib/server/input-text';
import { getServerTranslator } from '@/lib/i18n/server-translator';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { MAX_ATTACHMENT_BYTES } from '@/modules/attachments/file-type';
import { readBlob } from '@/modules/attachments/storage';
import { submitCheck } from '@/modules/checks/mutations';
import { MAX_PHOTO_MB } from '@/modules/checks/photos';
import { getCheckPhoto } from '@/modules/checks/queries';
import { MAX_CHECK_PHOTOS, ZSubmitCheckInput } from '@/modules/checks/schema';
import { storedFileResponse } from '@/modules/attachments/file-response';

// The answers, and multipart boundaries and headers around the files.
const BODY_SLACK = 1024 * 1024;
const MAX_BODY_BYTES = MAX_CHECK_PHOTOS * MAX_ATTACHMENT_BYTES + BODY_SLACK;

function json<T>(result: ActionResult<T>, status = result.ok ? 200 : APP_ERROR_STATUS[result.code]): Response {
  return Response.json(result, { status });
}

function parsePayload(value: FormDataEntryValue | null | undefined): Record<string, unknown> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function submitCheckResponse(request: Request): Promise<Response> {
  // Refuse an oversize body before reading it into memory.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    const t = await getServerTranslator();
    const message = t('checks.errors.bodyTooLarge', { count: MAX_CHECK_PHOTOS, max: MAX_PHOTO_MB });
    return json({ ok: false, code: 'INVALID_INPUT', message, fieldErrors: { photos: [message] } }, 413);
  }
  const form = await request.formData().catch(() => null);
  const photos = (form?.getAll('photos') ?? []).filter((entry): entry is File => typeof entry !== 'string');
  const result = await runGuarded({ schema: ZSubmitCheckInput, permission: 'check.write', run: submitCheck }, { ...parsePayload(form?.get('payload')), photos });
  return json(result);
}

export async function checkPhotoResponse(checkId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row = hasPermission(actor, 'siteVisit.read') && isCleanText(checkId, attachmentId) ? await getCheckPhoto(getDb(), actor, checkId, attachmentId) : null;
  const bytes = row ? await readBlob(row.sha256) : null;
  if (!row || !bytes) return Response.json({ ok: false, code: 'NOT_FOUND' }, { status: 404 });
  return storedFileResponse(row, bytes, 'inline');
}
