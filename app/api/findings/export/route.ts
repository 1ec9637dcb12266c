// GET: the findings list as Excel, with the list's filters (the same query string as /findings, a
// repeated filter written once with commas) and the reader's scope. Each export is on the record.
import { z } from 'zod';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { getRequestLocale } from '@/lib/i18n/request';
import { fileRoute } from '@/lib/server/file-route';
import { getReadDb } from '@/lib/server/read-db';
import { buildTableWorkbook, datedXlsxNames, XLSX_TYPE } from '@/modules/exports/table-workbook';
import { findFindingsForExport, findingsWorkbook } from '@/modules/findings/export';
import { parseFindingListParams } from '@/modules/findings/list-params';

const ZExportInput = z.record(z.string().max(32), z.string().max(400));

export const GET = fileRoute<typeof ZExportInput, Record<string, never>>({
  schema: ZExportInput,
  permission: 'finding.read',
  run: async (ctx, input) => {
    const params = { ...parseFindingListParams(input), cursor: null };
    const now = new Date();
    // A replica if one takes the read; else the guarded transaction (a second connection to the primary would wait on it).
    const found = await findFindingsForExport(await getReadDb(ctx.tx), ctx.actor, params, now);
    const t = await getCatalogTranslator();
    const bytes = await buildTableWorkbook(findingsWorkbook(t, await getRequestLocale(), now, found));
    await ctx.audit({
      action: 'finding.list.export',
      entityType: 'FindingList',
      entityId: params.assessmentId ?? '',
      assessmentId: params.assessmentId,
      data: { format: 'xlsx', filters: params, rows: found.rows.length, truncated: found.truncated },
    });
    return { ...datedXlsxNames(t('search.export.findingsFile'), 'findings', now), contentType: XLSX_TYPE, bytes };
  },
});
