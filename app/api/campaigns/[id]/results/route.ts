// GET: the campaign's results as a provincial circular (通报) in Excel, for admins. Each export is
// on the record ('results.circular.download').
import { z } from 'zod';
import { getRequestLocale } from '@/lib/i18n/request';
import { fileRoute } from '@/lib/server/file-route';
import { buildCircular, circularInput } from '@/modules/results/circular-export';
import { findCampaignResults } from '@/modules/results/queries';
import { reportTranslator } from '@/modules/results/report-model';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET = fileRoute<z.ZodObject<{ id: z.ZodString }>, { id: string }>({
  schema: z.object({ id: z.string().min(1).max(64) }),
  permission: 'campaign.manage',
  run: async (ctx, { id }) => {
    const view = await findCampaignResults(ctx.actor, id);
    const locale = await getRequestLocale();
    const bytes = await buildCircular(circularInput(view, locale, new Date()));
    await ctx.audit({
      action: 'results.circular.download',
      entityType: 'Campaign',
      entityId: view.campaign.id,
      data: { format: 'xlsx', assessments: view.rows.length },
    });
    const name = reportTranslator(locale)('campaign.circular.fileName', { campaign: view.campaign.name });
    return { fileName: `${name.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim().slice(0, 100)}.xlsx`, fallbackName: `results-${view.campaign.year}.xlsx`, contentType: XLSX, bytes };
  },
});
