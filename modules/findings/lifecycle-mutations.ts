// Lifecycle steps taken by the group: the leader confirms, issues and decides appeals; an
// assessor verifies and closes (销号) or returns the rectification for more work.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { loadFindingForWrite, type FindingForWrite } from '@/modules/findings/access';
import { appealDeadlineFrom } from '@/modules/findings/rules';
import type { ZBulkFindingsInput, ZCloseFindingInput, ZDecideAppealInput, ZFindingStepInput, ZIssueFindingInput, ZReturnFindingInput } from '@/modules/findings/schema';
import { applyStep } from '@/modules/findings/step';
import { findingRecord, notifyEvent } from '@/modules/notifications/notify';

type StepInput = z.output<typeof ZFindingStepInput>;

function confirmLoaded(ctx: GuardedContext, finding: FindingForWrite, version: number) {
  return applyStep(ctx, finding, 'confirm', version);
}

async function issueLoaded(ctx: GuardedContext, finding: FindingForWrite, version: number, appealWindowDays: number) {
  const now = new Date();
  const appealDeadline = appealDeadlineFrom(now, appealWindowDays);
  const step = await applyStep(ctx, finding, 'issue', version, { now, data: { issuedAt: now, appealDeadline }, audit: { appealWindowDays, appealDeadline } });
  await notifyEvent(ctx, 'FINDING_ISSUED', findingRecord(finding));
  return step;
}

export async function confirmFinding(ctx: GuardedContext, input: StepInput) {
  return confirmLoaded(ctx, await loadFindingForWrite(ctx.tx, ctx.actor, input.id), input.version);
}

export async function issueFinding(ctx: GuardedContext, input: z.output<typeof ZIssueFindingInput>) {
  return issueLoaded(ctx, await loadFindingForWrite(ctx.tx, ctx.actor, input.id), input.version, input.appealWindowDays);
}

export async function decideAppeal(ctx: GuardedContext, input: z.output<typeof ZDecideAppealInput>) {
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, input.id);
  const now = new Date();
  const step = await applyStep(ctx, finding, input.decision, input.version, { now, audit: { note: input.note } });
  const appeal = await ctx.tx.findingAppeal.findFirst({ where: { findingId: finding.id, decision: null }, select: { id: true } });
  if (!appeal) throw new AppError('NOT_FOUND');
  await ctx.tx.findingAppeal.update({
    where: { id: appeal.id },
    data: { decision: input.decision === 'uphold' ? 'UPHELD' : 'WITHDRAWN', decisionNote: input.note, decidedById: ctx.actor.userId, decidedAt: now },
  });
  await notifyEvent(ctx, 'APPEAL_DECIDED', findingRecord(finding), { decision: input.decision });
  return step;
}

/** Verified and closed (销号); the optional closing note is kept on the finding and in the audit event. */
export async function closeFinding(ctx: GuardedContext, input: z.output<typeof ZCloseFindingInput>) {
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, input.id);
  const now = new Date();
  const step = await applyStep(ctx, finding, 'close', input.version, { now, data: { closedAt: now, closingNote: input.note }, audit: { note: input.note } });
  if (finding.rectification) {
    await ctx.tx.rectification.update({ where: { id: finding.rectification.id }, data: { status: 'VERIFIED', verifiedAt: now, version: { increment: 1 } } });
  }
  return step;
}

/** Back to the region with a comment saying what is missing; the comment stays with the rectification. */
export async function returnFinding(ctx: GuardedContext, input: z.output<typeof ZReturnFindingInput>) {
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, input.id);
  const step = await applyStep(ctx, finding, 'return', input.version, { audit: { comment: input.comment } });
  const rectificationId = finding.rectification?.id ?? null;
  if (rectificationId) {
    await ctx.tx.rectification.update({ where: { id: rectificationId }, data: { status: 'RETURNED', version: { increment: 1 } } });
  }
  await ctx.tx.comment.create({ data: { body: input.comment, anchor: 'return', findingId: finding.id, rectificationId, authorId: ctx.actor.userId } });
  return step;
}

export type BulkItemResult =
  | { id: string; ok: true; version: number }
  | { id: string; ok: false; code: string; messageKey: string; params: Record<string, string | number> };

/**
 * The leader's bulk confirm or issue: each selected finding is tried on its own; one that may
 * not be acted on is reported with its reason and the others still go through.
 */
export async function bulkFindings(ctx: GuardedContext, input: z.output<typeof ZBulkFindingsInput>) {
  const results: BulkItemResult[] = [];
  for (const item of input.items) {
    try {
      const finding = await loadFindingForWrite(ctx.tx, ctx.actor, item.id);
      const step = input.action === 'confirm'
        ? await confirmLoaded(ctx, finding, item.version)
        : await issueLoaded(ctx, finding, item.version, input.appealWindowDays);
      results.push({ id: item.id, ok: true, version: step.version });
    } catch (error) {
      // Checks run before any write of the item, so a refused item has left nothing behind.
      if (!(error instanceof AppError)) throw error;
      const messageKey = error.messageKey.includes('.') ? error.messageKey : `errors.${error.messageKey}`;
      results.push({ id: item.id, ok: false, code: error.code, messageKey, params: error.params });
    }
  }
  const applied = results.filter((r) => r.ok).length;
  await ctx.audit({
    action: `finding.bulk.${input.action}`,
    entityType: 'FindingBatch',
    entityId: crypto.randomUUID(),
    data: { applied, refused: results.length - applied, ids: results.map((r) => r.id) },
  });
  return { applied, results };
}
