// HTTP handlers for household checks. A check arrives as multipart (a JSON `payload` part and
// `photos` files) through the shared upload route (streamed multipart reader, guarded path,
// staged files); photos are served through the same scope as the check.
import { getDb } from '@/lib/server/db';
import { isCleanText } from '@/lib/server/input-text';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { readBlob } from '@/modules/attachments/storage';
import { submitCheck } from '@/modules/checks/mutations';
import { getCheckPhoto } from '@/modules/checks/queries';
import { MAX_CHECK_PHOTOS, ZSubmitCheckInput } from '@/modules/checks/schema';
import { storedFileResponse } from '@/modules/attachments/file-response';
import { uploadResponse } from '@/modules/attachments/upload-route';

function parsePayload(value: string | undefined): Record<string, unknown> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function submitCheckResponse(request: Request): Promise<Response> {
  const def = { schema: ZSubmitCheckInput, permission: 'check.write' as const, run: submitCheck };
  return uploadResponse(request, { field: 'photos', maxFiles: MAX_CHECK_PHOTOS }, def, ({ fields, files }) => ({
    ...parsePayload(fields.payload),
    photos: files.photos ?? [],
  }));
}

export async function checkPhotoResponse(checkId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row = hasPermission(actor, 'siteVisit.read') && isCleanText(checkId, attachmentId) ? await getCheckPhoto(getDb(), actor, checkId, attachmentId) : null;
  const bytes = row ? await readBlob(row.sha256) : null;
  if (!row || !bytes) return Response.json({ ok: false, code: 'NOT_FOUND' }, { status: 404 });
  return storedFileResponse(row, bytes, 'inline');
}
