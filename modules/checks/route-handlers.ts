// HTTP handlers for household checks. A check arrives as JSON naming photos the device staged
// beforehand (/api/field-photos), through the guarded route wrapper; photos are served through the
// same scope as the check.
import { getDb } from '@/lib/server/db';
import { isCleanText } from '@/lib/server/input-text';
import { route } from '@/lib/server/route';
import { getActor, hasPermission } from '@/modules/auth/actor';
import { submitCheck } from '@/modules/checks/mutations';
import { getCheckPhoto } from '@/modules/checks/queries';
import { ZSubmitCheckInput } from '@/modules/checks/schema';
import { storedFileResponse } from '@/modules/attachments/file-response';

export const submitCheckResponse = route({ schema: ZSubmitCheckInput, permission: 'check.write', run: submitCheck });

export async function checkPhotoResponse(checkId: string, attachmentId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ ok: false, code: 'UNAUTHENTICATED' }, { status: 401 });
  const row = hasPermission(actor, 'siteVisit.read') && isCleanText(checkId, attachmentId) ? await getCheckPhoto(getDb(), actor, checkId, attachmentId) : null;
  return storedFileResponse(row, 'inline');
}
