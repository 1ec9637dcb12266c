// Reading the verdict of stored village checks. The verdict is computed on read from the answers and
// the template's items (modules/checks/village-rules.ts); once HouseholdCheck.outcome lands it is to be
// stored there at submission, so that a later edit of the template cannot change an old verdict.
import type { Prisma } from '@/lib/generated/prisma/client';
import { villageVerdict, type VillageCheckVerdict } from '@/modules/checks/village-rules';

/** A village check: no household, the village as its region. */
export const VILLAGE_CHECK_WHERE = { householdId: null, template: { subject: 'VILLAGE' } } as const satisfies Prisma.HouseholdCheckWhereInput;

export const VERDICT_SELECT = {
  template: { select: { items: { orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, code: true, answerType: true, expected: true } } } },
  answers: { select: { itemId: true, valueBool: true, valueNumber: true, valueText: true } },
} as const satisfies Prisma.HouseholdCheckSelect;

type VerdictRow = Prisma.HouseholdCheckGetPayload<{ select: typeof VERDICT_SELECT }>;

export function verdictOfCheck(row: VerdictRow): VillageCheckVerdict {
  const answers = Object.fromEntries(
    row.answers.map((a) => [a.itemId, { valueBool: a.valueBool, valueNumber: a.valueNumber === null ? null : a.valueNumber.toString(), valueText: a.valueText }]),
  );
  return villageVerdict(row.template.items, answers);
}
