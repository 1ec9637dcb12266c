// A household's outcome from one completed check (issue 10, part 1). Pure and versioned: the version is stored with
// every outcome (HouseholdCheck.outcome) so a result can say which rules judged it.
//
// - meetsStandard: every EXIT_STANDARD item as expected AND income per person ≥ the campaign's exit income threshold.
//   Three-valued: false as soon as one answered part fails (the household cannot meet the standard whatever the
//   unanswered parts say); otherwise null when a part is unanswered (or the template has no INCOME item); else true.
// - recognises: every RECOGNITION item answered yes; null when one is unanswered (or there is none).
// - wrongfulExit (错退): an EXITED_THIS_YEAR or PLANNED_EXIT household that does not meet the standard.
// - missedEnrolment (漏评): a NON_REGISTERED household below the standard.
//   Both are false for households of other statuses, and null when meetsStandard is null.
import type { AnswerType, HouseholdStatus, ItemOutcomeRole } from '@/lib/generated/prisma/enums';

export const OUTCOME_RULES_VERSION = 'household-outcome-v1';

export type OutcomeItem = { id: string; code: string; outcomeRole: ItemOutcomeRole | null; answerType: AnswerType; expected: string | null };
export type OutcomeAnswer = { valueBool: boolean | null; valueNumber: string | number | null };

export type HouseholdOutcome = {
  rulesVersion: string;
  status: HouseholdStatus;
  meetsStandard: boolean | null;
  /** Codes of the exit-standard items (and the income item) answered and not as expected, in item order. */
  failedItemCodes: string[];
  /** Codes of the items the outcome needed that were not answered. */
  unansweredItemCodes: string[];
  incomePerCapita: number | null;
  exitIncomeThreshold: number;
  recognises: boolean | null;
  wrongfulExit: boolean | null;
  missedEnrolment: boolean | null;
};

const EXIT_STATUSES: readonly HouseholdStatus[] = ['EXITED_THIS_YEAR', 'PLANNED_EXIT'];

export function isExitStatus(status: HouseholdStatus): boolean {
  return EXIT_STATUSES.includes(status);
}

/** true / false when the item's answer is / is not as expected; null when it is unanswered. */
function asExpected(item: OutcomeItem, answer: OutcomeAnswer | undefined): boolean | null {
  if (item.answerType === 'YES_NO') {
    if (!answer || answer.valueBool === null) return null;
    // An exit-standard yes/no item with nothing expected reads as "yes is the standard".
    return answer.valueBool === ((item.expected ?? 'YES') === 'YES');
  }
  if (item.answerType === 'NUMBER') {
    const value = numberOf(answer?.valueNumber ?? null);
    if (value === null) return null;
    return item.expected === null ? true : value >= Number(item.expected);
  }
  // A text answer cannot be judged: it never decides the outcome.
  return true;
}

function numberOf(value: string | number | null): number | null {
  if (value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Kleene "and": false beats unknown, unknown beats true. */
function allOf(values: readonly (boolean | null)[]): boolean | null {
  if (values.includes(false)) return false;
  if (values.includes(null)) return null;
  return true;
}

export function householdOutcome(input: {
  status: HouseholdStatus;
  items: readonly OutcomeItem[];
  /** By item id. */
  answers: Readonly<Record<string, OutcomeAnswer | undefined>>;
  exitIncomeThreshold: number;
}): HouseholdOutcome {
  const failed: string[] = [];
  const unanswered: string[] = [];
  const parts: (boolean | null)[] = [];
  let income: number | null = null;
  let hasIncomeItem = false;

  for (const item of input.items) {
    const answer = input.answers[item.id];
    let verdict: boolean | null;
    if (item.outcomeRole === 'EXIT_STANDARD') {
      verdict = asExpected(item, answer);
    } else if (item.outcomeRole === 'INCOME') {
      hasIncomeItem = true;
      const value = numberOf(answer?.valueNumber ?? null);
      if (value !== null && income === null) income = value;
      verdict = value === null ? null : value >= input.exitIncomeThreshold;
    } else {
      continue;
    }
    parts.push(verdict);
    if (verdict === false) failed.push(item.code);
    if (verdict === null) unanswered.push(item.code);
  }
  if (!hasIncomeItem) parts.push(null);

  const recognition = input.items.filter((item) => item.outcomeRole === 'RECOGNITION');
  const recognitionAnswers = recognition.map((item) => {
    const value = input.answers[item.id]?.valueBool ?? null;
    if (value === null) unanswered.push(item.code);
    return value;
  });
  const recognises = recognition.length === 0 ? null : allOf(recognitionAnswers);

  const meetsStandard = allOf(parts);
  const below = meetsStandard === null ? null : !meetsStandard;
  return {
    rulesVersion: OUTCOME_RULES_VERSION,
    status: input.status,
    meetsStandard,
    failedItemCodes: failed,
    unansweredItemCodes: unanswered,
    incomePerCapita: income,
    exitIncomeThreshold: input.exitIncomeThreshold,
    recognises,
    wrongfulExit: isExitStatus(input.status) ? below : false,
    missedEnrolment: input.status === 'NON_REGISTERED' ? below : false,
  };
}

/** An outcome as stored (JSON) → typed; null when it is missing or not of this shape (then recompute it). */
export function readOutcome(value: unknown): HouseholdOutcome | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<HouseholdOutcome>;
  const triState = (x: unknown) => x === true || x === false || x === null;
  if (typeof v.rulesVersion !== 'string' || typeof v.status !== 'string') return null;
  if (!triState(v.meetsStandard) || !triState(v.recognises) || !triState(v.wrongfulExit) || !triState(v.missedEnrolment)) return null;
  if (!Array.isArray(v.failedItemCodes)) return null;
  return {
    rulesVersion: v.rulesVersion,
    status: v.status,
    meetsStandard: v.meetsStandard ?? null,
    failedItemCodes: v.failedItemCodes.filter((c): c is string => typeof c === 'string'),
    unansweredItemCodes: Array.isArray(v.unansweredItemCodes) ? v.unansweredItemCodes.filter((c): c is string => typeof c === 'string') : [],
    incomePerCapita: typeof v.incomePerCapita === 'number' ? v.incomePerCapita : null,
    exitIncomeThreshold: typeof v.exitIncomeThreshold === 'number' ? v.exitIncomeThreshold : 0,
    recognises: v.recognises ?? null,
    wrongfulExit: v.wrongfulExit ?? null,
    missedEnrolment: v.missedEnrolment ?? null,
  };
}
