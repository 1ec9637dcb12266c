// Roster upload: POST multipart (countyId, file) → newline-delimited JSON progress events.
// Guarded by hand in the spirit of lib/server/guarded.ts (which answers with one JSON body):
// session → zod → permission → row check answer with an HTTP error before anything streams;
// then the file is read, every row validated, and the snapshot saved in one transaction with an
// audit event (modules/households/roster-import.ts), with progress reported along the way.
import { z } from 'zod';
import { AppError, APP_ERROR_STATUS } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { parseInput } from '@/lib/server/parse-input';
import { hasPermission, requireActor } from '@/modules/auth/actor';
import { MAX_ROSTER_BYTES, readRosterFile } from '@/modules/households/roster-file';
import { assertCanImportRoster, importRoster } from '@/modules/households/roster-import';
import type { RosterStreamEvent } from '@/modules/households/roster-events';
import { failureOf } from '@/app/api/rosters/failure';

export const dynamic = 'force-dynamic';

const ZRosterUpload = z.object({
  countyId: z.string().min(1),
  file: z.instanceof(File),
});

export async function POST(request: Request): Promise<Response> {
  let upload: z.output<typeof ZRosterUpload>;
  let actor: Awaited<ReturnType<typeof requireActor>>;
  try {
    actor = await requireActor();
    const form = await request.formData().catch(() => null);
    upload = await parseInput(ZRosterUpload, { countyId: form?.get('countyId') ?? undefined, file: form?.get('file') ?? undefined });
    if (upload.file.size === 0) throw new AppError('INVALID_INPUT', { messageKey: 'siteVisits.roster.errors.fileEmpty' });
    if (upload.file.size > MAX_ROSTER_BYTES) throw new AppError('INVALID_INPUT', { messageKey: 'siteVisits.roster.errors.fileTooLarge', params: { mb: MAX_ROSTER_BYTES / 1024 / 1024 } });
    if (!hasPermission(actor, 'siteVisit.manage')) throw new AppError('FORBIDDEN');
    await assertCanImportRoster(getDb(), actor, upload.countyId);
  } catch (error) {
    const failure = await failureOf(error);
    return Response.json(failure, { status: APP_ERROR_STATUS[failure.code] });
  }

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: RosterStreamEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        send({ type: 'reading' });
        const records = await readRosterFile(new Uint8Array(await upload.file.arrayBuffer()));
        const outcome = await importRoster(getDb(), actor, { countyId: upload.countyId, fileName: upload.file.name.slice(0, 200), records }, (p) => send({ type: 'progress', ...p }));
        send(outcome.ok ? { type: 'done', ...outcome } : { type: 'invalid', issueCount: outcome.issueCount, issues: outcome.issues });
      } catch (error) {
        send({ type: 'error', ...(await failureOf(error)) });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
