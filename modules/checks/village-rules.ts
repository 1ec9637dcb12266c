// The verdict of one village check ("eight haves"): the village meets the exit conditions when every
// item with an expected answer is answered as expected. An expected item left unanswered (or answered
// only with a note) leaves the verdict undecided: the check is incomplete, never a silent pass or fail.
// Pure and versioned: the version is shown with each verdict and frozen into computed results.
import type { AnswerType } from '@/lib/generated/prisma/enums';

export const VILLAGE_RULES_VERSION = 'village-exit-2018.1';

export type VillageRuleItem = { id: string; code: string; answerType: AnswerType; expected: string | null };
export type VillageRuleAnswer = { valueBool: boolean | null; valueNumber: string | null; valueText: string | null };

export type VillageCheckVerdict = {
  rulesVersion: string;
  /** true: meets the exit conditions; false: at least one item fails; null: not decided (expected items unanswered). */
  meetsExitConditions: boolean | null;
  failedItemCodes: string[];
  unansweredItemCodes: string[];
};

function asExpected(item: VillageRuleItem, answer: VillageRuleAnswer | undefined): boolean | null {
  const expected = item.expected!;
  if (item.answerType === 'YES_NO') return answer?.valueBool == null ? null : answer.valueBool === (expected === 'YES');
  if (item.answerType === 'NUMBER') {
    const value = answer?.valueNumber == null ? NaN : Number(answer.valueNumber);
    return Number.isFinite(value) ? value >= Number(expected) : null;
  }
  const text = answer?.valueText?.trim() ?? '';
  return text === '' ? null : text === expected.trim();
}

/**
 * A failed item decides the check even when others are unanswered (the village cannot meet the conditions
 * whatever the rest says); only a check with no failure and some expected item unanswered is undecided.
 */
export function villageVerdict(items: readonly VillageRuleItem[], answers: Readonly<Record<string, VillageRuleAnswer>>): VillageCheckVerdict {
  const failedItemCodes: string[] = [];
  const unansweredItemCodes: string[] = [];
  for (const item of items) {
    if (item.expected === null) continue;
    const ok = asExpected(item, answers[item.id]);
    if (ok === false) failedItemCodes.push(item.code);
    if (ok === null) unansweredItemCodes.push(item.code);
  }
  const meetsExitConditions = failedItemCodes.length > 0 ? false : unansweredItemCodes.length > 0 ? null : true;
  return { rulesVersion: VILLAGE_RULES_VERSION, meetsExitConditions, failedItemCodes, unansweredItemCodes };
}

/** A verdict stored with a village check (HouseholdCheck.outcome), or null when none is stored or it is malformed. */
export function readVillageVerdict(value: unknown): VillageCheckVerdict | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<VillageCheckVerdict>;
  const codes = (x: unknown) => Array.isArray(x) && x.every((c) => typeof c === 'string');
  if (typeof v.rulesVersion !== 'string' || !(v.meetsExitConditions === true || v.meetsExitConditions === false || v.meetsExitConditions === null)) return null;
  if (!codes(v.failedItemCodes) || !codes(v.unansweredItemCodes)) return null;
  return { rulesVersion: v.rulesVersion, meetsExitConditions: v.meetsExitConditions, failedItemCodes: v.failedItemCodes!, unansweredItemCodes: v.unansweredItemCodes! };
}
