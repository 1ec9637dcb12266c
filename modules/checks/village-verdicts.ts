// Reading the verdict of stored village checks. The verdict is judged at submission and stored in
// HouseholdCheck.outcome, so that a later edit of the template cannot change an old verdict. Checks
// submitted before verdicts were stored have none: theirs is judged from the answers and the template's
// items as they are now (modules/checks/village-rules.ts).
import type { Prisma } from '@/lib/generated/prisma/client';
import { readVillageVerdict, villageVerdict, type VillageCheckVerdict } from '@/modules/checks/village-rules';

/** A village check: no household, the village as its region. */
export const VILLAGE_CHECK_WHERE = { householdId: null, template: { subject: 'VILLAGE' } } as const satisfies Prisma.HouseholdCheckWhereInput;

export const VERDICT_SELECT = {
  outcome: true,
  template: { select: { items: { orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, code: true, answerType: true, expected: true } } } },
  answers: { select: { itemId: true, valueBool: true, valueNumber: true, valueText: true } },
} as const satisfies Prisma.HouseholdCheckSelect;

type VerdictRow = Prisma.HouseholdCheckGetPayload<{ select: typeof VERDICT_SELECT }>;

export function verdictOfCheck(row: VerdictRow): VillageCheckVerdict {
  const stored = readVillageVerdict(row.outcome);
  if (stored) return stored;
  const answers = Object.fromEntries(
    row.answers.map((a) => [a.itemId, { valueBool: a.valueBool, valueNumber: a.valueNumber === null ? null : a.valueNumber.toString(), valueText: a.valueText }]),
  );
  return villageVerdict(row.template.items, answers);
}
