// Roster upload: POST multipart (countyId, file) → { ok, data: { jobId } } at once. On the guarded
// path: session → zod → permission → the county's row → one transaction that stores the file and
// the queued job with an audit event; then the job is queued for the worker (scripts/worker.mjs),
// which reads, validates and saves it off the request path. The page follows it at /api/imports/<id>.
import { z } from 'zod';
import { APP_ERROR_STATUS } from '@/lib/app-error';
import { runGuarded } from '@/lib/server/guarded';
import { assertCanImportRoster } from '@/modules/households/roster-import';
import { createImportJob } from '@/modules/imports/mutations';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { enqueueImport } from '@/modules/imports/queue';
import { readMultipart } from '@/app/api/imports/read-multipart';

export const dynamic = 'force-dynamic';

const ZRosterUpload = z.object({
  countyId: z.string().min(1).max(64),
  file: z.instanceof(File),
});

export async function POST(request: Request): Promise<Response> {
  const result = await runGuarded(
    {
      schema: ZRosterUpload,
      permission: 'siteVisit.manage',
      run: async (ctx, input) => {
        await assertCanImportRoster(ctx.tx, ctx.actor, input.countyId);
        return createImportJob(ctx, { kind: 'ROSTER', targetId: input.countyId, file: input.file, limits: IMPORT_LIMITS.ROSTER });
      },
    },
    await readMultipart(request, ['countyId', 'file']),
  );
  // The job is recorded either way: if the queue cannot take it now, the worker sends it again later
  // (modules/imports/recover.ts).
  if (result.ok) await enqueueImport(result.data.jobId).catch((error: unknown) => console.error('[rosters] could not queue import job', error));
  return Response.json(result, { status: result.ok ? 202 : APP_ERROR_STATUS[result.code] });
}
