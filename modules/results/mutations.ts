// Writes of the results workflow: the leader computes (DRAFT, recomputable until final), sets manual scores with
// reasons and submits; the admin finalises and re-opens with a reason. Each step locks the result, checks who and
// which state, updates the version the user was looking at, and records an audit event.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertLeader, loadResultForWrite, type ResultForWrite } from '@/modules/results/access';
import { computeResults, type ManualScores } from '@/modules/results/compute';
import { notifyEvent, resultRecord } from '@/modules/notifications/notify';
import { resultsConfigOf } from '@/modules/results/config';
import { appealDeadlineFrom, assertStep, isValidManualScore, reopenedStatus } from '@/modules/results/rules';
import type { ZComputeResultsInput, ZReopenResultsInput, ZResultStepInput, ZSetManualScoreInput } from '@/modules/results/schema';

const json = (value: unknown) => value as Prisma.InputJsonValue;

function manualScoresOf(stored: unknown): ManualScores {
  return stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as ManualScores) : {};
}

function existing(assessment: ResultForWrite) {
  if (!assessment.result) throw new AppError('NOT_FOUND');
  return assessment.result;
}

function auditOf(assessment: ResultForWrite, resultId: string, action: string, data: Record<string, unknown>) {
  return { action, entityType: 'AssessmentResult', entityId: resultId, assessmentId: assessment.id, data };
}

async function recompute(ctx: GuardedContext, assessment: ResultForWrite, manual: ManualScores, now: Date) {
  return computeResults(ctx.tx, assessment, manual, now);
}

export async function computeAssessmentResults(ctx: GuardedContext, input: z.output<typeof ZComputeResultsInput>) {
  const assessment = await loadResultForWrite(ctx.tx, ctx.actor, input.assessmentId);
  assertLeader(ctx.actor, assessment.groupId);
  const now = new Date();
  const current = assessment.result;
  if (current) {
    assertStep('compute', current.status);
    if (input.version === undefined) throw new AppError('CONFLICT');
  }
  const manual = manualScoresOf(current?.manualScores);
  const { snapshot, inputs } = await recompute(ctx, assessment, manual, now);
  const data = { snapshot: json(snapshot), inputs: json(inputs), computedAt: now, computedById: ctx.actor.userId };
  let resultId: string;
  if (current) {
    await updateVersioned(ctx.tx.assessmentResult, current.id, input.version!, data);
    resultId = current.id;
  } else {
    resultId = (await ctx.tx.assessmentResult.create({ data: { assessmentId: assessment.id, ...data }, select: { id: true } })).id;
  }
  await ctx.audit(
    auditOf(assessment, resultId, 'result.compute', {
      totalReported: snapshot.scores.totalReported,
      totalVerified: snapshot.scores.totalVerified,
      methodVersions: snapshot.methodVersions,
      auditHead: snapshot.auditHead,
    }),
  );
  return { id: resultId };
}

export async function setManualScore(ctx: GuardedContext, input: z.output<typeof ZSetManualScoreInput>) {
  const assessment = await loadResultForWrite(ctx.tx, ctx.actor, input.assessmentId);
  assertLeader(ctx.actor, assessment.groupId);
  const result = existing(assessment);
  assertStep('manualScore', result.status);
  const indicator = await ctx.tx.indicator.findFirst({
    where: { id: input.indicatorId, campaignId: assessment.campaignId },
    select: { id: true, code: true, weight: true },
  });
  if (!indicator) throw new AppError('NOT_FOUND');
  const manual = { ...manualScoresOf(result.manualScores) };
  if (input.score === null) {
    delete manual[indicator.id];
  } else {
    if (!isValidManualScore(input.score, Number(indicator.weight))) {
      throw new AppError('INVALID_INPUT', { messageKey: 'resultsWorkflow.errors.scoreRange', params: { max: Number(indicator.weight) } });
    }
    if (input.reason.length === 0) throw new AppError('INVALID_INPUT', { messageKey: 'resultsWorkflow.errors.reasonRequired' });
    manual[indicator.id] = { score: input.score, reason: input.reason };
  }
  const now = new Date();
  const { snapshot, inputs } = await recompute(ctx, assessment, manual, now);
  await updateVersioned(ctx.tx.assessmentResult, result.id, input.version, {
    manualScores: json(manual),
    snapshot: json(snapshot),
    inputs: json(inputs),
    computedAt: now,
    computedById: ctx.actor.userId,
  });
  await ctx.audit(
    auditOf(assessment, result.id, 'result.manualScore', { indicatorId: indicator.id, code: indicator.code, score: input.score, reason: input.reason }),
  );
  return { id: result.id };
}

export async function submitAssessmentResults(ctx: GuardedContext, input: z.output<typeof ZResultStepInput>) {
  const assessment = await loadResultForWrite(ctx.tx, ctx.actor, input.assessmentId);
  assertLeader(ctx.actor, assessment.groupId);
  const result = existing(assessment);
  assertStep('submit', result.status);
  const campaign = await ctx.tx.campaign.findUniqueOrThrow({ where: { id: assessment.campaignId }, select: { resultsConfig: true } });
  const now = new Date();
  const appealDeadline = appealDeadlineFrom(now, resultsConfigOf(campaign.resultsConfig).appealDays);
  await updateVersioned(ctx.tx.assessmentResult, result.id, input.version, {
    status: 'SUBMITTED',
    submittedAt: now,
    submittedById: ctx.actor.userId,
    appealDeadline,
  });
  await ctx.audit(auditOf(assessment, result.id, 'result.submit', { appealDeadline: appealDeadline.toISOString() }));
  await notifyEvent(ctx, 'RESULTS_SUBMITTED', await resultRecord(ctx.tx, assessment.id, result.id));
  return { id: result.id, appealDeadline };
}

export async function finaliseAssessmentResults(ctx: GuardedContext, input: z.output<typeof ZResultStepInput>) {
  const assessment = await loadResultForWrite(ctx.tx, ctx.actor, input.assessmentId);
  const result = existing(assessment);
  assertStep('finalise', result.status);
  const open = await ctx.tx.resultAppeal.count({ where: { resultId: result.id, decision: null } });
  if (open > 0) throw new AppError('RULE_VIOLATION', { messageKey: 'resultsWorkflow.errors.openAppeals', params: { count: open } });
  const now = new Date();
  await updateVersioned(ctx.tx.assessmentResult, result.id, input.version, { status: 'FINAL', finalisedAt: now, finalisedById: ctx.actor.userId });
  await ctx.audit(auditOf(assessment, result.id, 'result.finalise', {}));
  return { id: result.id };
}

export async function reopenAssessmentResults(ctx: GuardedContext, input: z.output<typeof ZReopenResultsInput>) {
  const assessment = await loadResultForWrite(ctx.tx, ctx.actor, input.assessmentId);
  const result = existing(assessment);
  assertStep('reopen', result.status);
  const toStatus = reopenedStatus(result.status);
  const back =
    toStatus === 'DRAFT'
      ? { status: toStatus, submittedAt: null, submittedById: null, appealDeadline: null }
      : { status: toStatus, finalisedAt: null, finalisedById: null };
  await updateVersioned(ctx.tx.assessmentResult, result.id, input.version, back);
  const reopening = await ctx.tx.resultReopening.create({
    data: { resultId: result.id, fromStatus: result.status, toStatus, reason: input.reason, reopenedById: ctx.actor.userId },
    select: { id: true },
  });
  await ctx.audit(auditOf(assessment, result.id, 'result.reopen', { reopeningId: reopening.id, fromStatus: result.status, toStatus, reason: input.reason }));
  return { id: result.id, status: toStatus };
}
