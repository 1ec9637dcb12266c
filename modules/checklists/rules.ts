// Pure rules of checklist templates: the "expected" value each answer type can carry, the
// order of the items, and which edits the answers already given forbid.
import { AppError } from '@/lib/app-error';
import type { AnswerType } from '@/lib/generated/prisma/enums';
import { moveInOrder, renumber } from '@/modules/indicators/rules';

export const ANSWER_TYPES = ['YES_NO', 'NUMBER', 'TEXT'] as const satisfies readonly AnswerType[];

export const YES_NO_EXPECTED = ['YES', 'NO'] as const;

/** A decimal as typed into a number answer or threshold: up to 15 digits and 4 decimals (the column's precision). */
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,4})?$/;

/**
 * The stored form of an expected value: 'YES' / 'NO' for yes-no items, the minimum for numbers,
 * null for "not checked". Undefined when the value makes no sense for the type (text has none).
 */
export function normaliseExpected(answerType: AnswerType, raw: string | null | undefined): string | null | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  switch (answerType) {
    case 'YES_NO':
      return (YES_NO_EXPECTED as readonly string[]).includes(value.toUpperCase()) ? value.toUpperCase() : undefined;
    case 'NUMBER':
      return DECIMAL_PATTERN.test(value) ? String(Number(value)) : undefined;
    default:
      return undefined;
  }
}

/** The items' positions after moving one a step up or down (0, 1, 2, …); null at either end or for an unknown id. */
export function planItemMove(
  items: readonly { id: string; position: number }[],
  id: string,
  direction: 'UP' | 'DOWN',
): { id: string; position: number }[] | null {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const order = moveInOrder(ordered.map((item) => item.id), id, direction === 'UP' ? 'up' : 'down');
  if (!order) return null;
  const byId = new Map(ordered.map((item) => [item.id, item]));
  return renumber(order.map((itemId) => byId.get(itemId)!));
}

/** Answers point at their item: removing an answered item would orphan what assessors recorded. */
export function assertItemRemovable(answerCount: number): void {
  if (answerCount > 0) throw new AppError('RULE_VIOLATION', { messageKey: 'checks.templates.errors.itemAnswered', params: { count: answerCount } });
}

/** An answered item keeps its answer type, or the recorded answers would no longer fit it. */
export function assertAnswerTypeKept(from: AnswerType, to: AnswerType, answerCount: number): void {
  if (from !== to && answerCount > 0) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'checks.templates.errors.answerTypeLocked', params: { count: answerCount } });
  }
}
