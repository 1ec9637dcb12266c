// Pure rules of household checks: when a visit takes checks, answers against their items,
// the flags a check gets, and what a repeated submission key means.
import { AppError } from '@/lib/app-error';
import type { AnswerType, SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { DECIMAL_PATTERN } from '@/modules/checklists/rules';
import { readProofFlags, type ProofFlags } from '@/modules/field-proof/rules';

export type CheckItem = { id: string; answerType: AnswerType; expected: string | null };
export type AnswerValue = { valueBool: boolean | null; valueNumber: string | null; valueText: string | null; note: string | null };

/** What the check's answers and duration show, and (checks sent since the proof of visit) where and when it was sent from. */
export type CheckFlags = { tooShort: boolean; minimumSeconds: number; missedItemIds: string[] } & ProofFlags;

/**
 * Checks are recorded while the visit is in progress: not before it starts, and not once it is marked
 * done (the leader reopens it for a late check, so what the group closed stays closed). A check queued
 * offline that arrives after the visit was closed is refused with the same reason.
 */
export function checkRefusal(status: SiteVisitStatus): 'checks.errors.visitNotStarted' | 'checks.errors.visitDone' | null {
  if (status === 'PLANNED') return 'checks.errors.visitNotStarted';
  if (status === 'DONE') return 'checks.errors.visitDone';
  return null;
}

export function assertCheckRecordable(status: SiteVisitStatus): void {
  const messageKey = checkRefusal(status);
  if (messageKey) throw new AppError('RULE_VIOLATION', { messageKey });
}

export function isTooShort(durationSeconds: number, minimumSeconds: number): boolean {
  return durationSeconds < minimumSeconds;
}

/** Whether an answer misses the item's expected value. Nothing expected, or nothing answered, is no miss. */
export function missesExpected(item: Pick<CheckItem, 'answerType' | 'expected'>, answer: Omit<AnswerValue, 'note'> | undefined): boolean {
  if (item.expected === null || !answer) return false;
  if (item.answerType === 'YES_NO') return answer.valueBool !== null && answer.valueBool !== (item.expected === 'YES');
  if (item.answerType === 'NUMBER') return answer.valueNumber !== null && Number(answer.valueNumber) < Number(item.expected);
  return false;
}

export function checkFlags(
  input: { durationSeconds: number; minimumSeconds: number },
  items: readonly CheckItem[],
  answers: Readonly<Record<string, AnswerValue>>,
): CheckFlags {
  return {
    tooShort: isTooShort(input.durationSeconds, input.minimumSeconds),
    minimumSeconds: input.minimumSeconds,
    missedItemIds: items.filter((item) => missesExpected(item, answers[item.id])).map((item) => item.id),
  };
}

/** Flags as stored (JSON) → typed; anything unexpected reads as "no flags". */
export function readFlags(value: unknown): CheckFlags {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<CheckFlags>;
  return {
    tooShort: v.tooShort === true,
    minimumSeconds: typeof v.minimumSeconds === 'number' ? v.minimumSeconds : 0,
    missedItemIds: Array.isArray(v.missedItemIds) ? v.missedItemIds.filter((id): id is string => typeof id === 'string') : [],
    ...readProofFlags(value),
  };
}

export type AnswerProblem = { itemId: string; reason: 'unknownItem' | 'wrongType' | 'empty' };

/** What is wrong with the answers for these items: each answers one known item, with a value of its type or at least a note. */
export function answerProblems(items: readonly CheckItem[], answers: Readonly<Record<string, AnswerValue>>): AnswerProblem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return Object.entries(answers).flatMap(([itemId, answer]): AnswerProblem[] => {
    const item = byId.get(itemId);
    if (!item) return [{ itemId, reason: 'unknownItem' }];
    const values = { YES_NO: answer.valueBool !== null, NUMBER: answer.valueNumber !== null, TEXT: answer.valueText !== null };
    const given = (Object.keys(values) as AnswerType[]).filter((type) => values[type]);
    if (given.some((type) => type !== item.answerType)) return [{ itemId, reason: 'wrongType' }];
    if (item.answerType === 'NUMBER' && answer.valueNumber !== null && !DECIMAL_PATTERN.test(answer.valueNumber)) return [{ itemId, reason: 'wrongType' }];
    if (given.length === 0 && !answer.note) return [{ itemId, reason: 'empty' }];
    return [];
  });
}

/** Who sent a check and of what: a household, or (householdId null) a village. */
export type SubmissionOwner = { assessorId: string; siteVisitId: string; householdId: string | null; villageId?: string | null };

/**
 * A submission key seen before: the same assessor sending the same household's (or village's) check
 * again (a retry after a lost response) gets the existing check back; anything else is a clash.
 */
export function resolveSubmission(existing: SubmissionOwner | null, incoming: SubmissionOwner): 'create' | 'replay' | 'conflict' {
  if (!existing) return 'create';
  const same =
    existing.assessorId === incoming.assessorId &&
    existing.siteVisitId === incoming.siteVisitId &&
    existing.householdId === incoming.householdId &&
    (existing.villageId ?? null) === (incoming.villageId ?? null);
  return same ? 'replay' : 'conflict';
}
