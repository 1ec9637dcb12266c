// Comments on work reports. Reviewers of the assessment's group comment on what was submitted;
// officials of the reporting region answer them (one level of replies, on the same anchor).
// Nothing is added once the report is accepted.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import type { ZAddReportCommentInput, ZReplyToReportCommentInput } from '@/modules/comments/schema';
import { canReviewReport, canWriteReport } from '@/modules/reports/access';
import { loadReportForWrite, type ReportForWrite } from '@/modules/reports/load';
import { canCommentOn } from '@/modules/reports/rules';

async function loadCommentable(ctx: GuardedContext, reportId: string, may: (report: ReportForWrite) => boolean) {
  const report = await loadReportForWrite(ctx.tx, ctx.actor, reportId);
  if (!may(report)) throw new AppError('FORBIDDEN');
  if (!canCommentOn(report.status, report.revision)) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'reports.errors.commentsClosed' });
  }
  return report;
}

/** A reply sits under a top-level comment of the same report and takes over its anchor. */
async function findParent(ctx: GuardedContext, reportId: string, parentId: string) {
  const parent = await ctx.tx.comment.findFirst({
    where: { id: parentId, workReportId: reportId, parentId: null },
    select: { id: true, anchor: true },
  });
  if (!parent) throw new AppError('NOT_FOUND');
  return parent;
}

async function createComment(
  ctx: GuardedContext,
  report: ReportForWrite,
  data: { body: string; anchor: string | null; parentId: string | null },
) {
  const comment = await ctx.tx.comment.create({
    data: { ...data, workReportId: report.id, authorId: ctx.actor.userId, revision: report.revision },
    select: { id: true },
  });
  await ctx.audit({
    action: data.parentId ? 'comment.reply' : 'comment.create',
    entityType: 'Comment',
    entityId: comment.id,
    assessmentId: report.assessmentId,
    data: { workReportId: report.id, revision: report.revision, anchor: data.anchor, parentId: data.parentId },
  });
  return comment;
}

export async function addReportComment(ctx: GuardedContext, input: z.output<typeof ZAddReportCommentInput>) {
  const report = await loadCommentable(ctx, input.reportId, (r) => canReviewReport(ctx.actor, r));
  const parent = input.parentId ? await findParent(ctx, report.id, input.parentId) : null;
  return createComment(ctx, report, { body: input.body, anchor: parent ? parent.anchor : (input.anchor ?? null), parentId: parent?.id ?? null });
}

export async function replyToReportComment(ctx: GuardedContext, input: z.output<typeof ZReplyToReportCommentInput>) {
  const report = await loadCommentable(ctx, input.reportId, (r) => canWriteReport(ctx.actor, r));
  const parent = await findParent(ctx, report.id, input.parentId);
  return createComment(ctx, report, { body: input.body, anchor: parent.anchor, parentId: parent.id });
}
