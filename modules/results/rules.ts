// The results workflow (pure): DRAFT (computed by the leader, any number of times) → SUBMITTED (officials of the
// target city see it and may appeal an indicator verdict until the deadline; the leader answers and may recompute)
// → FINAL (frozen). An admin may re-open: FINAL goes back to SUBMITTED (the leader can recompute and answer again,
// appeals stay), SUBMITTED back to DRAFT (withdrawn from the officials until submitted again).
import { AppError } from '@/lib/app-error';
import { localDayBounds, toLocalDateInput } from '@/lib/local-time';
import type { ResultStatus } from '@/lib/generated/prisma/enums';

export type ResultStep = 'compute' | 'manualScore' | 'submit' | 'appeal' | 'answer' | 'finalise' | 'reopen';

const ALLOWED: Record<ResultStep, readonly ResultStatus[]> = {
  compute: ['DRAFT', 'SUBMITTED'],
  manualScore: ['DRAFT', 'SUBMITTED'],
  submit: ['DRAFT'],
  appeal: ['SUBMITTED'],
  answer: ['SUBMITTED'],
  finalise: ['SUBMITTED'],
  reopen: ['SUBMITTED', 'FINAL'],
};

export function canTakeStep(step: ResultStep, status: ResultStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function assertStep(step: ResultStep, status: ResultStatus): void {
  if (canTakeStep(step, status)) return;
  const messageKey = status === 'FINAL' ? 'resultsWorkflow.errors.final' : `resultsWorkflow.errors.step.${step}`;
  throw new AppError('RULE_VIOLATION', { messageKey });
}

export function reopenedStatus(status: ResultStatus): ResultStatus {
  if (status === 'FINAL') return 'SUBMITTED';
  if (status === 'SUBMITTED') return 'DRAFT';
  throw new AppError('RULE_VIOLATION', { messageKey: 'resultsWorkflow.errors.step.reopen' });
}

/** The end (last millisecond) of the local calendar day `days` days after submission. */
export function appealDeadlineFrom(submittedAt: Date, days: number): Date {
  const day = toLocalDateInput(new Date(submittedAt.getTime() + days * 24 * 60 * 60 * 1000));
  return localDayBounds(day)!.end;
}

export function isAppealOpen(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() <= deadline.getTime();
}

/** A manual score lies within [0, weight]. */
export function isValidManualScore(score: number, weight: number): boolean {
  return Number.isFinite(score) && score >= 0 && score <= weight;
}
