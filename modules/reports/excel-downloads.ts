// The Excel downloads of a report, as GET route handlers on the guarded path: session → zod →
// permission → the report read through its access rule → the file built → an audit event
// ('report.export': figures leaving the system are on the record), then the file as the response.
import { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { fileRoute, type FileAnswer } from '@/lib/server/file-route';
import type { GuardedContext } from '@/lib/server/guarded';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { getRequestLocale } from '@/lib/i18n/request';
import { formatLocalDateTime } from '@/lib/local-time';
import { buildReportExport } from '@/modules/reports/excel-export';
import { PERIOD_ORDER } from '@/modules/reports/excel-layout';
import { buildReportTemplate } from '@/modules/reports/excel-template';
import { exportContent, exportSummary } from '@/modules/reports/excel-labels';
import { getReportPage, type ReportPage } from '@/modules/reports/queries';
import { ruleWarningText } from '@/modules/validation-rules/warning-text';


const ZTemplateInput = z.object({ id: z.string().min(1).max(64) });
const ZExportInput = ZTemplateInput.extend({ revision: z.coerce.number().int().min(1).max(10_000).optional() });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as a download named after the report (an ASCII fallback for old clients). */
function excelFile(title: string, suffix: string, bytes: Uint8Array): FileAnswer {
  const fileName = `${title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim().slice(0, 80)}-${suffix}.xlsx`;
  return { fileName, fallbackName: 'report.xlsx', contentType: XLSX, bytes };
}

async function auditExport(ctx: GuardedContext, page: ReportPage, data: Record<string, unknown>) {
  await ctx.audit({ action: 'report.export', entityType: 'WorkReport', entityId: page.report.id, assessmentId: page.report.assessmentId, data: { format: 'xlsx', ...data } });
}

async function templateFile(ctx: GuardedContext, input: z.output<typeof ZTemplateInput>): Promise<FileAnswer> {
  // Reads go through the guarded transaction: a second connection while it is open would stall the embedded database.
  const page = await getReportPage(ctx.tx, ctx.actor, input.id);
  if (!page) throw new AppError('NOT_FOUND');
  // Only those who may fill the report in get its template, and only while it is open for changes.
  if (!page.can.edit || page.revision !== 0 || !page.content) throw new AppError('RULE_VIOLATION', { messageKey: 'excel.errors.notEditable' });
  const t = await getCatalogTranslator();
  const locale = await getRequestLocale();
  const time = formatLocalDateTime(new Date(), locale, { dateStyle: 'medium', timeStyle: 'short' });
  const { report } = page;
  const instructions = ['title', 'cells', 'units', 'numbers', 'empty', 'rows', 'upload', 'draft'].map((k) => t(`excel.template.instructions.${k}`));
  const bytes = await buildReportTemplate({
    reportId: report.id,
    indicators: page.indicators,
    values: Object.entries(page.content.values).map(([key, figure]) => {
      const [indicatorId, period] = key.split('.') as [string, (typeof PERIOD_ORDER)[number]];
      return { indicatorId, period, ...figure };
    }),
    labels: {
      sheet: t('excel.template.sheet'),
      instructionsSheet: t('excel.template.instructionsSheet'),
      title: t('excel.template.title', { title: report.title }),
      subtitle: t('excel.template.subtitle', { region: report.reportingRegion.name, campaign: report.assessment.campaign.name, time }),
      columns: {
        id: t('excel.template.columns.id'),
        code: t('excel.template.columns.code'),
        name: t('excel.template.columns.name'),
        unit: t('excel.template.columns.unit'),
        source: t('excel.template.columns.source'),
        ...Object.fromEntries(PERIOD_ORDER.map((p) => [p, t(`reports.period.${p}`)])),
      } as Parameters<typeof buildReportTemplate>[0]['labels']['columns'],
      validation: {
        MONEY: t('excel.template.validation.MONEY'),
        COUNT: t('excel.template.validation.COUNT'),
        PERCENT: t('excel.template.validation.PERCENT'),
        DECIMAL: t('excel.template.validation.DECIMAL'),
      },
      instructions,
    },
  });
  await auditExport(ctx, page, { kind: 'template' });
  return excelFile(report.title, t('excel.template.fileName'), bytes);
}

async function revisionFile(ctx: GuardedContext, input: z.output<typeof ZExportInput>): Promise<FileAnswer> {
  let page = await getReportPage(ctx.tx, ctx.actor, input.id, input.revision);
  // Without a revision an editor's default is the working copy; an export is of what was submitted.
  if (page && input.revision === undefined && page.revision === 0 && page.report.revision > 0) {
    page = await getReportPage(ctx.tx, ctx.actor, input.id, page.report.revision);
  }
  if (!page) throw new AppError('NOT_FOUND');
  if (page.revision === 0 || !page.content) throw new AppError('RULE_VIOLATION', { messageKey: 'excel.errors.notSubmitted' });
  const t = await getCatalogTranslator();
  const locale = await getRequestLocale();
  const bytes = await buildReportExport({
    summary: exportSummary(page, t, locale),
    indicators: page.indicators,
    values: page.content.values,
    content: exportContent(page, t),
    warnings: page.content.warnings.map((w) => ({ ...w, message: ruleWarningText(w, (key, values) => t(`rules.${key}`, values)) })),
    labels: {
      sheet: t('excel.export.sheet'),
      contentSheet: t('excel.export.contentSheet'),
      warningsSheet: t('excel.export.warningsSheet'),
      columns: Object.fromEntries(
        ['code', 'name', 'unit', 'source', 'section', 'content', 'rule', 'description', 'message'].map((c) => [c, t(`excel.export.columns.${c}`)]),
      ) as Parameters<typeof buildReportExport>[0]['labels']['columns'],
      periods: Object.fromEntries(PERIOD_ORDER.map((p) => [p, t(`reports.period.${p}`)])) as Parameters<typeof buildReportExport>[0]['labels']['periods'],
    },
  });
  await auditExport(ctx, page, { kind: 'revision', revision: page.revision });
  return excelFile(page.report.title, t('excel.export.revision', { revision: page.revision }), bytes);
}

export const downloadReportTemplate = fileRoute({ schema: ZTemplateInput, permission: 'report.read', run: templateFile });
export const downloadReportExport = fileRoute({ schema: ZExportInput, permission: 'report.read', run: revisionFile });
