// Appeals of an indicator verdict in submitted results: an official of the target city appeals with evidence
// until the deadline; the group leader answers each (UPHELD: the verdict stands; REVISED: the leader recomputes).
// Appeals of findings are FindingAppeal (modules/findings) and are linked from the results page, not duplicated.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { prepareUploads } from '@/modules/attachments/prepare-upload';
import { storeAttachments, type UploadContext } from '@/modules/attachments/store-upload';
import { assertLeader, isTargetOfficial, loadResultForWrite } from '@/modules/results/access';
import { assertStep, isAppealOpen } from '@/modules/results/rules';
import { notifyEvent, resultRecord } from '@/modules/notifications/notify';
import type { ZAnswerAppealInput, ZAppealResultInput } from '@/modules/results/schema';

export async function appealResultIndicator(ctx: UploadContext, input: z.output<typeof ZAppealResultInput>) {
  const assessment = await loadResultForWrite(ctx.tx, ctx.actor, input.assessmentId);
  if (!isTargetOfficial(ctx.actor, 'result.appeal', assessment.targetRegionId)) throw new AppError('FORBIDDEN');
  const result = assessment.result;
  if (!result) throw new AppError('NOT_FOUND');
  assertStep('appeal', result.status);
  if (!isAppealOpen(result.appealDeadline, new Date())) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'resultsWorkflow.errors.appealClosed' });
  }
  const indicator = await ctx.tx.indicator.findFirst({
    where: { id: input.indicatorId, campaignId: assessment.campaignId },
    select: { id: true, code: true },
  });
  if (!indicator) throw new AppError('NOT_FOUND');
  if (input.files.length === 0) throw new AppError('INVALID_INPUT', { messageKey: 'resultsWorkflow.errors.evidenceRequired' });
  const prepared = await prepareUploads(input.files, { field: 'files', accept: 'documents' });
  const appeal = await ctx.tx.resultAppeal.create({
    data: { resultId: result.id, indicatorId: indicator.id, reason: input.reason, submittedById: ctx.actor.userId },
    select: { id: true },
  });
  const files = await storeAttachments(ctx, prepared, { resultAppealId: appeal.id });
  await ctx.audit({
    action: 'result.appeal',
    entityType: 'ResultAppeal',
    entityId: appeal.id,
    assessmentId: assessment.id,
    data: {
      resultId: result.id,
      indicatorId: indicator.id,
      code: indicator.code,
      reason: input.reason,
      attachments: files.map((f) => ({ id: f.id, sha256: f.sha256, fileName: f.fileName })),
    },
  });
  await notifyEvent(ctx, 'RESULT_APPEAL_LODGED', await resultRecord(ctx.tx, assessment.id, result.id));
  return { id: appeal.id };
}

export async function answerResultAppeal(ctx: GuardedContext, input: z.output<typeof ZAnswerAppealInput>) {
  const appeal = await ctx.tx.resultAppeal.findUnique({
    where: { id: input.appealId },
    select: { id: true, decision: true, indicatorId: true, result: { select: { assessmentId: true } } },
  });
  if (!appeal) throw new AppError('NOT_FOUND');
  const assessment = await loadResultForWrite(ctx.tx, ctx.actor, appeal.result.assessmentId);
  assertLeader(ctx.actor, assessment.groupId);
  assertStep('answer', assessment.result!.status);
  const { count } = await ctx.tx.resultAppeal.updateMany({
    where: { id: appeal.id, decision: null },
    data: { decision: input.decision, answerNote: input.note, answeredById: ctx.actor.userId, answeredAt: new Date() },
  });
  if (count === 0) throw new AppError('CONFLICT', { messageKey: 'resultsWorkflow.errors.alreadyAnswered' });
  await ctx.audit({
    action: 'result.appeal.answer',
    entityType: 'ResultAppeal',
    entityId: appeal.id,
    assessmentId: assessment.id,
    data: { decision: input.decision, note: input.note, indicatorId: appeal.indicatorId },
  });
  await notifyEvent(ctx, 'RESULT_APPEAL_ANSWERED', await resultRecord(ctx.tx, assessment.id, assessment.result!.id), { decision: input.decision });
  return { id: appeal.id };
}
