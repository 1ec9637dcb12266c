// Roster upload: POST multipart (countyId, file) → { ok, data: { jobId } } at once. The body is read
// by the streamed upload reader (401 before reading when signed out; the byte ceiling enforced while
// reading); then the guarded path: session → zod → permission → the county's row → one transaction
// that stores the file and the queued job with an audit event. The worker (scripts/worker.mjs) reads,
// validates and saves it off the request path; the page follows it at /api/imports/<id>.
import { z } from 'zod';
import { APP_ERROR_STATUS } from '@/lib/app-error';
import { runGuarded } from '@/lib/server/guarded';
import { cleanFileName } from '@/modules/attachments/file-name';
import { readUploadBody } from '@/modules/attachments/upload-route';
import { assertCanImportRoster } from '@/modules/households/roster-import';
import { createImportJob } from '@/modules/imports/mutations';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { enqueueImport } from '@/modules/imports/queue';
import { getLogger } from '@/lib/server/logger';

export const dynamic = 'force-dynamic';

const ZRosterUpload = z.object({
  countyId: z.string().min(1).max(64),
  file: z.instanceof(File),
});

export async function POST(request: Request): Promise<Response> {
  const body = await readUploadBody(request, { field: 'file', maxFiles: 1, maxFileBytes: IMPORT_LIMITS.ROSTER.fileBytes });
  if ('refusal' in body) return body.refusal;
  const upload = body.parts.files.file?.[0];
  const file = upload ? new File([upload], cleanFileName(upload.name), { type: upload.type }) : undefined;
  const result = await runGuarded(
    {
      schema: ZRosterUpload,
      permission: 'siteVisit.manage',
      run: async (ctx, input) => {
        await assertCanImportRoster(ctx.tx, ctx.actor, input.countyId);
        return createImportJob(ctx, { kind: 'ROSTER', targetId: input.countyId, file: input.file, limits: IMPORT_LIMITS.ROSTER });
      },
    },
    { countyId: body.parts.fields.countyId, file },
  );
  // The job is recorded either way: if the queue cannot take it now, the worker sends it again later
  // (modules/imports/recover.ts).
  if (result.ok) await enqueueImport(result.data.jobId).catch((error: unknown) => getLogger().error({ err: error, jobId: result.data.jobId, component: 'imports' }, 'could not queue import job'));
  return Response.json(result, { status: result.ok ? 202 : APP_ERROR_STATUS[result.code] });
}
