// Uploading a filled-in template: all or nothing. The file must be a real .xlsx (checked by
// content), the template of this very report; every cell is checked, and if any is wrong
// nothing is saved and the rejected cells come back with their address and reason.
// Otherwise the values go through saveReportDraft, in the same guarded transaction.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { getServerTranslator } from '@/lib/i18n/server-translator';
import type { GuardedContext } from '@/lib/server/guarded';
import { cleanFileName } from '@/modules/attachments/file-name';
import { assertCanWriteReport } from '@/modules/reports/access';
import { IMPORT_LIMITS, limitExceeded } from '@/modules/imports/limits';
import { assertSpreadsheetWithinLimits, isZip } from '@/modules/imports/spreadsheet-bounds';
import { loadWorkbook, readReportTemplate, type RejectedCell } from '@/modules/reports/excel';
import type { ZImportReportExcelInput } from '@/modules/reports/excel-schema';
import { loadReportForWrite } from '@/modules/reports/load';
import { saveReportDraft } from '@/modules/reports/mutations';
import { isReportEditable } from '@/modules/reports/rules';
import type { RuleWarning } from '@/modules/reports/warnings';

export type RejectedCellView = Omit<RejectedCell, 'messageKey' | 'params'> & { reason: string };

export type ImportResult =
  | { saved: true; count: number; version: number; warnings: RuleWarning[] }
  | { saved: false; rejected: RejectedCellView[] };

const invalid = (messageKey: string) => new AppError('INVALID_INPUT', { messageKey });

export async function importReportExcel(ctx: GuardedContext, input: z.output<typeof ZImportReportExcelInput>): Promise<ImportResult> {
  const report = await loadReportForWrite(ctx.tx, ctx.actor, input.reportId);
  assertCanWriteReport(ctx.actor, report);
  if (!isReportEditable(report.status)) throw new AppError('RULE_VIOLATION', { messageKey: 'excel.errors.notEditable' });
  if (input.file.size > IMPORT_LIMITS.REPORT_EXCEL.fileBytes) throw limitExceeded('fileBytes', IMPORT_LIMITS.REPORT_EXCEL.fileBytes, input.file.size);

  const bytes = new Uint8Array(await input.file.arrayBuffer());
  if (!isZip(bytes)) throw invalid('excel.errors.notExcel');
  // The workbook is parsed whole, so its size once inflated is bounded first (the zip directory, then each entry).
  await assertSpreadsheetWithinLimits(bytes, IMPORT_LIMITS.REPORT_EXCEL);
  const workbook = await loadWorkbook(bytes);
  if (!workbook) throw invalid('excel.errors.notExcel');
  const indicators = await ctx.tx.indicator.findMany({
    where: { campaignId: report.assessment.campaignId },
    select: { id: true, code: true, name: true, unit: true, valueType: true },
  });
  const read = readReportTemplate(workbook, indicators);
  if (!read.ok) throw invalid('excel.errors.notTemplate');
  if (read.reportId !== report.id) throw invalid('excel.errors.otherReport');

  const file = { name: cleanFileName(input.file.name, { extension: 'xlsx' }), sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  const audit = (action: string, data: Record<string, unknown>) =>
    ctx.audit({ action, entityType: 'WorkReport', entityId: report.id, assessmentId: report.assessmentId, data: { file, ...data } });

  if (read.rejected.length > 0) {
    // The refused attempt is on the record too; no figure changes.
    await audit('report.excelRejected', { rejected: read.rejected.map((r) => `${r.sheet}!${r.cell}`) });
    const t = (await getServerTranslator()) as unknown as (key: string, values?: object) => string;
    return { saved: false, rejected: read.rejected.map(({ messageKey, params, ...cell }) => ({ ...cell, reason: t(messageKey, params ?? {}) })) };
  }
  // The upload replaces the figures it holds as of now: it is matched against the current
  // version, not the one a page showed, so autosaves made since loading the page do not block it.
  const saved = await saveReportDraft(ctx, { reportId: report.id, version: report.version, values: read.values });
  await audit('report.excelImport', { values: read.values.length, fromVersion: report.version });
  return { saved: true, count: read.values.filter((v) => v.value !== null).length, version: saved.version, warnings: saved.warnings };
}
