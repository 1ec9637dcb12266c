// GET: an assessment's rectification ledger (整改台账) as Excel, the rows its page shows for the
// reader (officials: their own region's). Each export is on the record.
import { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { getRequestLocale } from '@/lib/i18n/request';
import { fileRoute } from '@/lib/server/file-route';
import { getReadDb } from '@/lib/server/read-db';
import { buildTableWorkbook, datedXlsxNames, XLSX_TYPE } from '@/modules/exports/table-workbook';
import { getLedger } from '@/modules/rectifications/queries';
import { ledgerWorkbook } from '@/modules/rectifications/ledger-export';

export const GET = fileRoute<z.ZodObject<{ id: z.ZodString }>, { id: string }>({
  schema: z.object({ id: z.string().min(1).max(64) }),
  permission: 'finding.read',
  run: async (ctx, { id }) => {
    const now = new Date();
    // A replica if one takes the read; else the guarded transaction (a second connection to the primary would wait on it).
    const ledger = await getLedger(await getReadDb(ctx.tx), ctx.actor, id, now);
    if (!ledger) throw new AppError('NOT_FOUND');
    const t = await getCatalogTranslator();
    const bytes = await buildTableWorkbook(ledgerWorkbook(t, await getRequestLocale(), now, ledger));
    await ctx.audit({
      action: 'rectification.ledger.export',
      entityType: 'Assessment',
      entityId: id,
      assessmentId: id,
      data: { format: 'xlsx', rows: ledger.rows.length, truncated: ledger.truncated },
    });
    return { ...datedXlsxNames(`${t('search.export.ledgerFile')} ${ledger.assessment.targetRegion.name}`, 'ledger', now), contentType: XLSX_TYPE, bytes };
  },
});
