// Assessment writes. Run inside the guarded path (lib/server/guarded.ts).
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { isAdmin } from '@/modules/auth/actor';
import { assertCanInGroup, assessmentScope } from '@/modules/assessments/access';
import { loadTransitionFacts } from '@/modules/assessments/queries';
import { checkTransition, refusalMessage, type TransitionRefusal } from '@/modules/assessments/rules';
import type { ZTransitionAssessmentInput } from '@/modules/assessments/schema';

export async function transitionAssessment(ctx: GuardedContext, input: z.output<typeof ZTransitionAssessmentInput>) {
  const { id, version, to, reason } = input;
  const assessment = await ctx.tx.assessment.findFirst({
    where: { AND: [{ id }, assessmentScope(ctx.actor, 'assessment.read')] },
    select: { id: true, version: true, status: true, groupId: true, targetRegionId: true, campaign: { select: { status: true } } },
  });
  if (!assessment) throw new AppError('NOT_FOUND');
  assertCanInGroup(ctx.actor, 'assessment.transition', assessment.groupId);
  // A stale page is a conflict, even when the move would be allowed from what the user saw.
  if (assessment.version !== version) throw new AppError('CONFLICT');
  const facts = await loadTransitionFacts(ctx.tx, assessment);
  const check = checkTransition(assessment.status, to, { isAdmin: isAdmin(ctx.actor), reason }, facts);
  if (!check.ok) throw refusal(check);
  await updateVersioned(ctx.tx.assessment, id, version, { status: to });
  await ctx.audit({
    action: 'assessment.transition',
    entityType: 'Assessment',
    entityId: id,
    assessmentId: id,
    data: { from: assessment.status, to, direction: check.direction, ...(check.direction === 'back' ? { reason } : {}) },
  });
  return { id, version: version + 1, status: to };
}

function refusal(refused: TransitionRefusal): AppError {
  // Moving back is a power of the office, not a business rule the leader could satisfy.
  return new AppError(refused.reason === 'backAdminOnly' ? 'FORBIDDEN' : 'RULE_VIOLATION', refusalMessage(refused));
}
