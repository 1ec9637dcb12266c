// The group leader's writes on a submitted report: return it with a comment, accept it
// (frozen for good), and set its deadline. The leader's group comes from the report's assessment.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { canDecideReport } from '@/modules/reports/access';
import { loadReportForWrite, type ReportForWrite } from '@/modules/reports/load';
import { notifyEvent } from '@/modules/notifications/notify';
import { assertReportTransition } from '@/modules/reports/rules';
import type { ZReportVersionInput, ZReturnReportInput, ZSetReportDeadlineInput } from '@/modules/reports/schema';

async function loadForDecision(ctx: GuardedContext, reportId: string): Promise<ReportForWrite> {
  const report = await loadReportForWrite(ctx.tx, ctx.actor, reportId);
  if (!canDecideReport(ctx.actor, report)) throw new AppError('FORBIDDEN');
  return report;
}

export async function returnReport(ctx: GuardedContext, input: z.output<typeof ZReturnReportInput>) {
  const report = await loadForDecision(ctx, input.reportId);
  const status = assertReportTransition(report.status, 'return');
  await updateVersioned(ctx.tx.workReport, report.id, input.version, { status });
  const comment = await ctx.tx.comment.create({
    data: { workReportId: report.id, authorId: ctx.actor.userId, body: input.comment, revision: report.revision },
    select: { id: true },
  });
  await ctx.audit({
    action: 'report.return',
    entityType: 'WorkReport',
    entityId: report.id,
    assessmentId: report.assessmentId,
    data: { revision: report.revision, commentId: comment.id },
  });
  await notifyEvent(ctx, 'REPORT_RETURNED', {
    type: 'WorkReport',
    id: report.id,
    title: report.title,
    assessmentId: report.assessmentId,
    groupId: report.assessment.groupId,
    regionPath: report.reportingRegion.path,
  });
  return { version: input.version + 1 };
}

export async function acceptReport(ctx: GuardedContext, input: z.output<typeof ZReportVersionInput>) {
  const report = await loadForDecision(ctx, input.reportId);
  const status = assertReportTransition(report.status, 'accept');
  await updateVersioned(ctx.tx.workReport, report.id, input.version, { status, acceptedAt: new Date() });
  await ctx.audit({
    action: 'report.accept',
    entityType: 'WorkReport',
    entityId: report.id,
    assessmentId: report.assessmentId,
    data: { revision: report.revision },
  });
  return { version: input.version + 1 };
}

export async function setReportDeadline(ctx: GuardedContext, input: z.output<typeof ZSetReportDeadlineInput>) {
  const report = await loadForDecision(ctx, input.reportId);
  // An accepted report is frozen, its deadline included.
  if (report.status === 'ACCEPTED') throw new AppError('RULE_VIOLATION', { messageKey: 'reports.errors.notEditable' });
  await updateVersioned(ctx.tx.workReport, report.id, input.version, { deadline: input.deadline });
  await ctx.audit({
    action: 'report.setDeadline',
    entityType: 'WorkReport',
    entityId: report.id,
    assessmentId: report.assessmentId,
    data: { deadline: input.deadline?.toISOString() ?? null },
  });
  return { version: input.version + 1 };
}
