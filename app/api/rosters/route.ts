// Roster upload: POST multipart (countyId, file) → newline-delimited JSON progress events.
// Guarded by hand in the spirit of lib/server/guarded.ts (which answers with one JSON body):
// session → zod → permission → row check answer with an HTTP error before anything streams;
// then the file is read, every row validated, and the snapshot saved in one transaction with an
// audit event (modules/households/roster-import.ts), with progress reported along the way.
import { z } from 'zod';
import { AppError, APP_ERROR_STATUS } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { MultipartError, readMultipart } from '@/lib/server/multipart';
import { parseInput } from '@/lib/server/parse-input';
import { multipartLimit } from '@/lib/upload-limits';
import { cleanFileName } from '@/modules/attachments/file-name';
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
    const { fields, files } = await readMultipart(request, { maxBytes: multipartLimit(1, MAX_ROSTER_BYTES) });
    upload = await parseInput(ZRosterUpload, { countyId: fields.countyId, file: files.file?.[0] });
    if (upload.file.size === 0) throw new AppError('INVALID_INPUT', { messageKey: 'siteVisits.roster.errors.fileEmpty' });
    if (upload.file.size > MAX_ROSTER_BYTES) throw new AppError('INVALID_INPUT', { messageKey: 'siteVisits.roster.errors.fileTooLarge', params: { mb: MAX_ROSTER_BYTES / 1024 / 1024 } });
    if (!hasPermission(actor, 'siteVisit.manage')) throw new AppError('FORBIDDEN');
    await assertCanImportRoster(getDb(), actor, upload.countyId);
  } catch (error) {
    const failure = await failureOf(error);
    return Response.json(failure, { status: error instanceof MultipartError ? error.status : APP_ERROR_STATUS[failure.code] });
  }

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: RosterStreamEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        send({ type: 'reading' });
        const records = await readRosterFile(new Uint8Array(await upload.file.arrayBuffer()));
        const outcome = await importRoster(getDb(), actor, { countyId: upload.countyId, fileName: cleanFileName(upload.file.name), records }, (p) => send({ type: 'progress', ...p }));
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
