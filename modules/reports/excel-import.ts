// Importing a filled-in template, as an import job run by the worker (modules/imports/run.ts,
// docs/decisions/011). The upload (app/api/reports/[id]/excel/import) checks the writer's rights on
// the report row and records the job with the report's version at that moment. The job re-checks the
// rights, holds the file to the import bounds before parsing it, checks every cell, and writes in
// one short transaction at the end, through saveReportDraft: all or nothing. Any bad cell, or a
// report changed since the upload's version, and nothing is written; the job keeps why.
import { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { Db, Tx } from '@/lib/server/db';
import { hasPermission, loadActor, type Actor } from '@/modules/auth/actor';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import type { JobContext } from '@/modules/imports/run';
import { assertSpreadsheetWithinLimits, isZip } from '@/modules/imports/spreadsheet-bounds';
import { assertCanWriteReport } from '@/modules/reports/access';
import { loadWorkbook, readReportTemplate } from '@/modules/reports/excel';
import { loadReportForWrite } from '@/modules/reports/load';
import { saveReportDraft } from '@/modules/reports/mutations';
import { isReportEditable } from '@/modules/reports/rules';

/** What a REPORT_EXCEL job keeps besides its target: the report and its version at upload. */
export const ZReportExcelPayload = z.object({ reportId: z.string(), version: z.number().int() });

const invalid = (messageKey: string) => new AppError('INVALID_INPUT', { messageKey });

/** The report row for an Excel import by this actor: NOT_FOUND out of scope, refused when not theirs to fill or not editable. */
export async function loadReportForExcelImport(tx: Tx, actor: Actor, reportId: string) {
  const report = await loadReportForWrite(tx, actor, reportId);
  assertCanWriteReport(actor, report);
  if (!isReportEditable(report.status)) throw new AppError('RULE_VIOLATION', { messageKey: 'excel.errors.notEditable' });
  return report;
}

const changedSinceUpload = () => new AppError('CONFLICT', { messageKey: 'excel.errors.changedSinceUpload' });

export async function runReportExcelImport(db: Db, { job, progress, finish }: JobContext): Promise<void> {
  const { reportId, version } = ZReportExcelPayload.parse(job.payload);
  // Rights are checked again when the job runs: they may have changed since the upload.
  const actor = await loadActor(db, job.requestedById);
  if (!actor || !hasPermission(actor, 'report.write')) throw new AppError('FORBIDDEN');
  const report = await db.$transaction((tx) => loadReportForExcelImport(tx, actor, reportId));
  if (report.version !== version) throw changedSinceUpload();

  // The workbook is parsed whole, so its size once inflated is bounded first (the zip directory, then each entry).
  if (!isZip(job.bytes)) throw invalid('excel.errors.notExcel');
  await assertSpreadsheetWithinLimits(job.bytes, IMPORT_LIMITS.REPORT_EXCEL);
  const workbook = await loadWorkbook(job.bytes);
  if (!workbook) throw invalid('excel.errors.notExcel');
  await progress('validating', 0, 0);
  const indicators = await db.indicator.findMany({
    where: { campaignId: report.assessment.campaignId },
    select: { id: true, code: true, name: true, unit: true, valueType: true },
  });
  const read = readReportTemplate(workbook, indicators);
  if (!read.ok) throw invalid('excel.errors.notTemplate');
  if (read.reportId !== report.id) throw invalid('excel.errors.otherReport');
  const file = { name: job.fileName, importJobId: job.id };
  const audit = (tx: Tx, action: string, data: Record<string, unknown>) =>
    recordAuditEvent(tx, actor.userId, { action, entityType: 'WorkReport', entityId: report.id, assessmentId: report.assessmentId, data: { file, ...data } });

  if (read.rejected.length > 0) {
    // The refused attempt is on the record too; no figure changes. Reasons are translated when shown.
    await db.$transaction(async (tx) => {
      await audit(tx, 'report.excelRejected', { rejected: read.rejected.map((r) => `${r.sheet}!${r.cell}`) });
      await finish(tx, { state: 'FAILED', issueCount: read.rejected.length, outcome: { cells: read.rejected } });
    });
    return;
  }

  const count = read.values.filter((v) => v.value !== null).length;
  await progress('saving', 0, count);
  await db.$transaction(
    async (tx) => {
      // Rights and version once more, in the writing transaction: saveReportDraft's versioned update
      // then refuses a change made between this read and the write.
      const current = await loadReportForExcelImport(tx, actor, reportId);
      if (current.version !== version) throw changedSinceUpload();
      const ctx = { actor, tx, audit: (event: Parameters<typeof recordAuditEvent>[2]) => recordAuditEvent(tx, actor.userId, event) };
      const saved = await saveReportDraft(ctx, { reportId, version, values: read.values });
      await audit(tx, 'report.excelImport', { values: read.values.length, fromVersion: version });
      await finish(tx, { state: 'DONE', rowCount: count, outcome: { count, version: saved.version, warnings: saved.warnings.length } });
    },
    { timeout: 30_000 },
  );
}
