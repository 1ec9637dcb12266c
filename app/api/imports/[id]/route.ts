// GET an import job's state and progress, polled by the page that follows it. Read only; the job is
// visible to who uploaded it and to admins (NOT_FOUND otherwise).
import { APP_ERROR_STATUS } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { isCleanText } from '@/lib/server/input-text';
import { getLenientTranslator } from '@/lib/server/translate';
import { getActor } from '@/modules/auth/actor';
import { getImportJob } from '@/modules/imports/queries';
import { toImportJobView } from '@/modules/imports/view';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const translate = await getLenientTranslator();
  const failure = (code: 'UNAUTHENTICATED' | 'NOT_FOUND') => Response.json({ ok: false, code, message: translate(`errors.${code}`) }, { status: APP_ERROR_STATUS[code] });
  const actor = await getActor();
  if (!actor) return failure('UNAUTHENTICATED');
  const { id } = await params;
  const job = id.length <= 64 && isCleanText(id) ? await getImportJob(getDb(), actor, id) : null;
  if (!job) return failure('NOT_FOUND');
  return Response.json({ ok: true, data: toImportJobView(job, translate) }, { headers: { 'cache-control': 'no-store' } });
}
