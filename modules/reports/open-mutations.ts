// Creating a work report row: an official opens "our report" for an assessment (created on
// first open), or the group leader prepares it with a deadline before the officials start.
// Who reports is derived from the assessment and the region pairings, never from the input:
// the work report is the assessed region's; the paired-assistance report its helper's.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import type { GuardedContext } from '@/lib/server/guarded';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { assessmentScope, assertCanInGroup } from '@/modules/assessments/access';
import { rolesWith } from '@/modules/auth/actor';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { subtreeWhere } from '@/modules/regions/access';
import { writingRoles } from '@/modules/reports/access';
import type { ZOpenOwnReportInput, ZPrepareReportInput } from '@/modules/reports/schema';

async function loadAssessment(ctx: GuardedContext, assessmentId: string) {
  const assessment = await ctx.tx.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, assessmentScope(ctx.actor, 'assessment.read')] },
    select: {
      id: true,
      groupId: true,
      campaign: { select: { year: true, status: true } },
      targetRegion: { select: { id: true, path: true, name: true } },
    },
  });
  if (!assessment) throw new AppError('NOT_FOUND');
  assertCampaignWritable(assessment.campaign.status);
  return assessment;
}

type AssessmentRow = Awaited<ReturnType<typeof loadAssessment>>;

/** The first of `candidateIds` that helps the assessed region (or a region inside it). */
async function findHelper(ctx: GuardedContext, assessment: AssessmentRow, candidateIds: string[]) {
  const pairing = await ctx.tx.regionPairing.findFirst({
    where: { helperRegionId: { in: candidateIds }, helpedRegion: subtreeWhere(assessment.targetRegion.path) },
    orderBy: { helperRegion: { code: 'asc' } },
    select: { helperRegion: { select: { id: true, name: true } } },
  });
  return pairing?.helperRegion ?? null;
}

async function findOrCreate(
  ctx: GuardedContext,
  assessment: AssessmentRow,
  kind: WorkReportKind,
  region: { id: string; name: string },
  deadline: Date | null,
) {
  const key = { assessmentId: assessment.id, kind, reportingRegionId: region.id };
  const existing = await ctx.tx.workReport.findUnique({ where: { assessmentId_kind_reportingRegionId: key }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const t = await getCatalogTranslator();
  const title = t(`reports.defaultTitle.${kind}`, { region: region.name, target: assessment.targetRegion.name, year: assessment.campaign.year });
  const report = await ctx.tx.workReport.create({ data: { ...key, title, deadline }, select: { id: true } });
  await ctx.audit({
    action: 'report.create',
    entityType: 'WorkReport',
    entityId: report.id,
    assessmentId: assessment.id,
    data: { kind, reportingRegionId: region.id, deadline: deadline?.toISOString() ?? null },
  });
  return { id: report.id, created: true };
}

export async function openOwnReport(ctx: GuardedContext, input: z.output<typeof ZOpenOwnReportInput>) {
  const assessment = await loadAssessment(ctx, input.assessmentId);
  let region: { id: string; name: string } | null = null;
  if (input.kind === 'WORK') {
    region = writingRoles(ctx.actor, assessment.targetRegion.path).length > 0 ? assessment.targetRegion : null;
  } else {
    const own = rolesWith(ctx.actor, 'report.write').flatMap((r) => (r.role === 'OFFICIAL' && r.regionId ? [r.regionId] : []));
    region = own.length > 0 ? await findHelper(ctx, assessment, own) : null;
  }
  if (!region) throw new AppError('FORBIDDEN');
  const result = await findOrCreate(ctx, assessment, input.kind, region, null);
  if (!result.created) {
    // Opened twice at once (two tabs): nothing new to write, but the guarded path wants a trace.
    await ctx.audit({ action: 'report.open', entityType: 'WorkReport', entityId: result.id, assessmentId: assessment.id });
  }
  return { id: result.id };
}

export async function prepareReport(ctx: GuardedContext, input: z.output<typeof ZPrepareReportInput>) {
  const assessment = await loadAssessment(ctx, input.assessmentId);
  assertCanInGroup(ctx.actor, 'report.decide', assessment.groupId);
  const region =
    input.kind === 'WORK'
      ? input.reportingRegionId === assessment.targetRegion.id
        ? assessment.targetRegion
        : null
      : await findHelper(ctx, assessment, [input.reportingRegionId]);
  if (!region) throw new AppError('RULE_VIOLATION', { messageKey: 'reports.errors.notReportingRegion' });
  const result = await findOrCreate(ctx, assessment, input.kind, region, input.deadline);
  if (!result.created) throw new AppError('CONFLICT');
  return { id: result.id };
}
