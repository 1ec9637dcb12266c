// Report Excel upload: POST multipart (file) → 202 { ok, data: { jobId } } at once. The body is read
// by the streamed upload reader (401 before reading when signed out; the byte ceiling enforced while
// reading); then the guarded path: session → zod → permission → the report's row (scope, writer,
// editable) → one transaction that stores the file and the queued job, with the report's version
// now, and an audit event. The worker checks and writes the figures (modules/reports/excel-import.ts);
// the page follows the job at /api/imports/<id>.
import { z } from 'zod';
import { APP_ERROR_STATUS } from '@/lib/app-error';
import { runGuarded } from '@/lib/server/guarded';
import { cleanFileName } from '@/modules/attachments/file-name';
import { readUploadBody } from '@/modules/attachments/upload-route';
import { createImportJob } from '@/modules/imports/mutations';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { enqueueImport } from '@/modules/imports/queue';
import { loadReportForExcelImport } from '@/modules/reports/excel-import';
import { getLogger } from '@/lib/server/logger';

export const dynamic = 'force-dynamic';

const ZReportExcelUpload = z.object({
  reportId: z.string().min(1).max(64),
  file: z.instanceof(File),
});

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const body = await readUploadBody(request, { field: 'file', maxFiles: 1, maxFileBytes: IMPORT_LIMITS.REPORT_EXCEL.fileBytes });
  if ('refusal' in body) return body.refusal;
  const upload = body.parts.files.file?.[0];
  const file = upload ? new File([upload], cleanFileName(upload.name, { extension: 'xlsx' }), { type: upload.type }) : undefined;
  const result = await runGuarded(
    {
      schema: ZReportExcelUpload,
      permission: 'report.write',
      run: async (ctx, input) => {
        const report = await loadReportForExcelImport(ctx.tx, ctx.actor, input.reportId);
        const payload = { reportId: report.id, version: report.version };
        return createImportJob(ctx, { kind: 'REPORT_EXCEL', targetId: report.id, file: input.file, limits: IMPORT_LIMITS.REPORT_EXCEL, payload });
      },
    },
    { reportId: (await params).id, file },
  );
  // The job is recorded either way: if the queue cannot take it now, the worker sends it again later.
  if (result.ok) await enqueueImport(result.data.jobId).catch((error: unknown) => getLogger().error({ err: error, jobId: result.data.jobId, component: 'imports' }, 'could not queue excel import job'));
  return Response.json(result, { status: result.ok ? 202 : APP_ERROR_STATUS[result.code] });
}
