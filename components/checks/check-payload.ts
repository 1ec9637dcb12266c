// The draft as the server expects it (modules/checks/schema.ts). Pure, so it is unit-tested.
import type { AnswerType } from '@/lib/generated/prisma/enums';
import { DECIMAL_PATTERN } from '@/modules/checklists/rules';
import type { TCheckAnswer, TCheckPayload } from '@/modules/checks/schema';
import type { Position } from '@/lib/offline/outbox-core';
import type { CheckDraft, CheckSubject, DraftAnswer } from '@/components/checks/check-draft';

export type PayloadItem = { id: string; answerType: AnswerType };

function answerOf(type: AnswerType, a: DraftAnswer): TCheckAnswer | null {
  const answer: TCheckAnswer = {
    valueBool: type === 'YES_NO' && a.choice !== null ? a.choice === 'YES' : null,
    valueNumber: type === 'NUMBER' ? a.number.trim() || null : null,
    valueText: type === 'TEXT' ? a.text.trim() || null : null,
    note: a.note.trim() || null,
  };
  return answer.valueBool === null && !answer.valueNumber && !answer.valueText && !answer.note ? null : answer;
}

/** The submission for a draft; the same draft always gives the same submission key. */
export function buildPayload(
  draft: CheckDraft,
  target: { visitId: string; subject: CheckSubject; items: readonly PayloadItem[] },
  now: number,
  position: Position | null,
): TCheckPayload {
  const answers: Record<string, TCheckAnswer> = {};
  for (const item of target.items) {
    const answer = draft.answers[item.id] ? answerOf(item.answerType, draft.answers[item.id]!) : null;
    if (answer) answers[item.id] = answer;
  }
  const finishedAt = Math.max(now, draft.startedAt);
  return {
    submissionKey: draft.submissionKey,
    siteVisitId: target.visitId,
    householdId: target.subject.householdId,
    villageId: target.subject.villageId,
    templateId: draft.templateId,
    answers,
    startedAt: new Date(draft.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationSeconds: Math.round((finishedAt - draft.startedAt) / 1000),
    position,
  };
}

/** Problems the device can see before sending: numbers that are not numbers, and nothing answered at all. */
export function draftProblems(draft: CheckDraft, items: readonly PayloadItem[]): { numbers: string[]; empty: boolean } {
  const numbers = items.filter((item) => item.answerType === 'NUMBER' && (draft.answers[item.id]?.number.trim() ?? '') !== '' && !DECIMAL_PATTERN.test(draft.answers[item.id]!.number.trim())).map((item) => item.id);
  const empty = items.every((item) => !draft.answers[item.id] || !answerOf(item.answerType, draft.answers[item.id]!));
  return { numbers, empty };
}
