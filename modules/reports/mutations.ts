// The officials' writes on a work report: save the working copy, submit it as a frozen revision.
// Run inside the guarded path (lib/server/guarded.ts).
import type { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanWriteReport } from '@/modules/reports/access';
import { parseCountyFigures } from '@/modules/reports/county-figures';
import { checkScope, parseDraftDetails, parseDraftValues, replaceScope, writeWorkingValues } from '@/modules/reports/draft';
import { invalidFields, type FieldProblem } from '@/modules/reports/field-errors';
import { loadReportForWrite } from '@/modules/reports/load';
import { findCountySlots, freezePairedFigures, writeCountyFigures, writePairedDetails } from '@/modules/reports/paired-figures';
import { assertReportEditable, assertReportTransition, missingForSubmit, pickNarrative, readNarrative } from '@/modules/reports/rules';
import type { ZReportVersionInput, ZSaveReportDraftInput } from '@/modules/reports/schema';
import { checkReportFigures } from '@/modules/reports/warnings';

const slotReport = (report: Awaited<ReturnType<typeof loadReportForWrite>>) => ({
  kind: report.kind,
  reportingRegionId: report.reportingRegion.id,
  reportingRegionPath: report.reportingRegion.path,
  targetRegionPath: report.assessment.targetRegion.path,
});

/** All-or-nothing: one invalid figure, detail or scope region and nothing is saved. */
export async function saveReportDraft(ctx: GuardedContext, input: z.output<typeof ZSaveReportDraftInput>) {
  const report = await loadReportForWrite(ctx.tx, ctx.actor, input.reportId);
  assertCanWriteReport(ctx.actor, report);
  assertReportEditable(report.status);
  const paired = report.kind === 'PAIRED_ASSISTANCE';

  const values = input.values ? await parseDraftValues(ctx.tx, report.assessment.campaignId, input.values) : undefined;
  const details = paired && input.details ? parseDraftDetails(input.details) : undefined;
  const scope = paired && input.scope ? await checkScope(ctx.tx, report, input.scope) : undefined;
  const slots = input.county ? await findCountySlots(ctx.tx, slotReport(report)) : [];
  const county = input.county ? parseCountyFigures(input.county, slots) : undefined;
  const problems: FieldProblem[] = [...(values?.problems ?? []), ...(details?.problems ?? []), ...(scope?.problems ?? []), ...(county?.problems ?? [])];
  if (problems.length > 0) throw await invalidFields(problems);

  const narrative = input.narrative ? pickNarrative(report.kind, { ...readNarrative(report.narrative), ...input.narrative }) : undefined;
  await updateVersioned(ctx.tx.workReport, report.id, input.version, narrative ? { narrative } : {});
  if (details?.details) await writePairedDetails(ctx.tx, report.id, 0, details.details);
  if (county) await writeCountyFigures(ctx.tx, report.id, county.rows);
  if (values) await writeWorkingValues(ctx.tx, report.id, values.rows);
  if (scope) await replaceScope(ctx.tx, report.id, scope.ids);
  await ctx.audit({
    action: 'report.saveDraft',
    entityType: 'WorkReport',
    entityId: report.id,
    assessmentId: report.assessmentId,
    data: {
      fromVersion: input.version,
      values: values?.rows.length ?? 0,
      narrative: narrative ? Object.keys(input.narrative ?? {}) : [],
      details: Boolean(details),
      county: county?.rows.length ?? 0,
      scope: scope?.ids.length ?? null,
    },
  });
  const warnings = await checkReportFigures(ctx.tx, report.assessment.campaignId, report.id);
  return { version: input.version + 1, savedAt: new Date(), warnings };
}

/** Freezes the working copy as the next revision: its figures, narrative, details and rule warnings. */
export async function submitReport(ctx: GuardedContext, input: z.output<typeof ZReportVersionInput>) {
  const report = await loadReportForWrite(ctx.tx, ctx.actor, input.reportId);
  assertCanWriteReport(ctx.actor, report);
  const status = assertReportTransition(report.status, 'submit');

  const narrative = readNarrative(report.narrative);
  const scope = await ctx.tx.workReportScopeRegion.findMany({ where: { workReportId: report.id }, select: { regionId: true } });
  const missing = missingForSubmit(report.kind, narrative, scope.length);
  if (missing.length > 0) throw await invalidFields(missing.map((field) => ({ field, messageKey: 'reports.errors.requiredForSubmit' })));

  const revision = report.revision + 1;
  const warnings = await checkReportFigures(ctx.tx, report.assessment.campaignId, report.id);
  const submittedAt = new Date();
  await updateVersioned(ctx.tx.workReport, report.id, input.version, { status, revision, submittedAt });
  const working = await ctx.tx.indicatorValue.findMany({
    where: { workReportId: report.id, revision: 0 },
    select: { indicatorId: true, period: true, value: true, unit: true, source: true },
  });
  await ctx.tx.indicatorValue.createMany({ data: working.map((v) => ({ ...v, workReportId: report.id, revision })) });
  // The helped scope is frozen with the revision, so a later change does not rewrite it; a paired
  // report's per-county figures are frozen for the counties of that scope only.
  const paired = report.kind === 'PAIRED_ASSISTANCE';
  await freezePairedFigures(ctx.tx, report.id, revision, paired ? scope.map((s) => s.regionId) : null);
  await ctx.tx.workReportRevision.create({
    data: {
      workReportId: report.id,
      revision,
      narrative,
      helpedScope: paired ? scope.map((s) => s.regionId) : [],
      warnings: warnings as unknown as Prisma.InputJsonArray,
      submittedById: ctx.actor.userId,
      submittedAt,
    },
  });
  await ctx.audit({
    action: 'report.submit',
    entityType: 'WorkReport',
    entityId: report.id,
    assessmentId: report.assessmentId,
    data: { revision, values: working.length, warnings: warnings.map((w) => w.code) },
  });
  return { version: input.version + 1, revision, warnings };
}
