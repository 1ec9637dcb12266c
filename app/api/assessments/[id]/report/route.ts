// GET: the assessment report (考核报告) as a Word document, in the reader's language. Who may read
// it is decided by the results' own rule (getAssessmentResults: officials only after submission,
// other regions not found); each download is on the record ('results.report.download').
import { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { getRequestLocale } from '@/lib/i18n/request';
import { fileRoute } from '@/lib/server/file-route';
import { buildReportDocx } from '@/modules/results/report-docx';
import { getAssessmentResults } from '@/modules/results/queries';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const GET = fileRoute<z.ZodObject<{ id: z.ZodString }>, { id: string }>({
  schema: z.object({ id: z.string().min(1).max(64) }),
  permission: 'assessment.read',
  run: async (ctx, { id }) => {
    const view = await getAssessmentResults(ctx.actor, id);
    const { result } = view;
    if (!result) throw new AppError('RULE_VIOLATION', { messageKey: 'resultsReport.errors.notComputed' });
    const { fileName, bytes } = await buildReportDocx({ ...view, result }, await getRequestLocale());
    await ctx.audit({
      action: 'results.report.download',
      entityType: 'AssessmentResult',
      entityId: result.id,
      assessmentId: view.assessment.id,
      data: { format: 'docx', status: result.status, version: result.version },
    });
    return { fileName, fallbackName: `assessment-report-${view.assessment.campaignYear}.docx`, contentType: DOCX, bytes };
  },
});
