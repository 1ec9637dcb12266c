// One lifecycle step on a loaded (and locked) finding: the party check, the version the user
// saw, the rule, the write and the audit event — shared by every step, here and in rectifications.
import { AppError } from '@/lib/app-error';
import type { FindingStatus } from '@/lib/generated/prisma/enums';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertActsAs, type FindingForWrite } from '@/modules/findings/access';
import { checkTransition, FINDING_MOVES, type FindingAction } from '@/modules/findings/rules';

export type StepResult = { id: string; version: number; status: FindingStatus };

/** Refuses the step (FORBIDDEN, CONFLICT or RULE_VIOLATION) without writing anything; returns the new status. */
export function assertStep(ctx: GuardedContext, finding: FindingForWrite, action: FindingAction, version: number, now: Date): FindingStatus {
  assertActsAs(ctx.actor, finding, FINDING_MOVES[action].by);
  // A stale page is a conflict even when the step would be allowed from what the user saw.
  if (finding.version !== version) throw new AppError('CONFLICT');
  const check = checkTransition(finding.status, action, { now, appealDeadline: finding.appealDeadline, appeals: finding._count.appeals });
  if (!check.ok) throw new AppError('RULE_VIOLATION', { messageKey: check.messageKey, params: check.params });
  return check.to;
}

export async function applyStep(
  ctx: GuardedContext,
  finding: FindingForWrite,
  action: FindingAction,
  version: number,
  options: { now?: Date; data?: Record<string, unknown>; audit?: Record<string, unknown> } = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const to = assertStep(ctx, finding, action, version, now);
  await updateVersioned(ctx.tx.finding, finding.id, version, { status: to, ...options.data });
  await ctx.audit({
    action: `finding.${action}`,
    entityType: 'Finding',
    entityId: finding.id,
    assessmentId: finding.assessmentId,
    data: { fromVersion: version, from: finding.status, to, ...options.audit },
  });
  return { id: finding.id, version: version + 1, status: to };
}
