// Demo household checks for the results (issue 10 part 9): every household on the demo Fengkai and
// Huaiji lists (the survey-mix samples of scenario-site-visits.ts) that the hand-written demo checks
// of scenario-checklists.ts leave, about 80 in all. The answers come from a PRNG seeded per county,
// so the data is the same on every machine:
// - households that exited or plan to exit mostly meet the standard; about one in ten does not (an
//   unsafe house, no medical insurance, or income below the 7,365 yuan threshold): wrongful exits;
// - registered poor households (not yet exited) have incomes below the threshold, as they should;
// - non-registered households mostly earn well above it; in Huaiji the first one on the list is
//   below it (a missed enrolment; Fengkai's comes from the hand-written checks);
// - about one registered household in ten does not recognise the assistance.
// Outcomes are left null: the results compute them from the answers (the outcome rules are not ours).
// Find-or-create by fixed submission key, so seeding again adds nothing.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { HouseholdStatus } from '@/lib/generated/prisma/enums';
import { localDateTime } from '@/lib/local-time';
import { createRng } from '@/modules/draws/prng';
import { checkFlags, type AnswerValue } from '@/modules/checks/rules';
import type { DbClient } from '@/seeds/factories/client';
import { DEMO_CHECK_COUNT, HOUSEHOLD_TEMPLATE } from '@/seeds/scenario-checklists';

type County = 'Fengkai' | 'Huaiji';

// `missedEnrolment`: whether the county's first non-registered household is below the standard
// (Fengkai has one already: a hand-written demo check of scenario-checklists.ts lands on one).
const COUNTY_SETUP: Record<County, { code: string; keyBlock: string; position: [number, number]; from: string; missedEnrolment: boolean }> = {
  Fengkai: { code: '441225', keyBlock: '1', position: [23.59, 111.6], from: '2019-02-18T11:30', missedEnrolment: false },
  Huaiji: { code: '441224', keyBlock: '2', position: [23.94, 112.21], from: '2019-02-18T11:20', missedEnrolment: true },
};

/** Fixed submission keys: a UUID-shaped string per county and list position. */
export const surveyCheckKey = (county: County, position: number) =>
  `5e1d2a40-9c3b-4d1e-8a6f-${COUNTY_SETUP[county].keyBlock}${String(position).padStart(11, '0')}`;
export const SURVEY_CHECK_KEY_PREFIX = '5e1d2a40-9c3b-4d1e-8a6f-';

/** Item code → [answer, note] where it is not "yes", and the income per person. */
export type SurveyAnswers = { income: string; incomeNote: string | null; exceptions: Record<string, [false, string]> };

const FAILURES: [string, string][] = [
  ['HOUSING', '房屋为C级危房，改造尚未开工'],
  ['MEDICAL', '一名家庭成员未参加2018年基本医疗保险'],
  ['INCOME', '务工收入中断，核实年人均可支配收入低于标准'],
];

/**
 * The answers for one household, from draws of the county's PRNG (always the same number of draws,
 * so one household's answers never shift another's). `firstNonRegistered` marks the missed enrolment.
 */
export function surveyAnswers(status: HouseholdStatus, draws: number[], firstNonRegistered: boolean): SurveyAnswers {
  const [failRoll, failKind, cents, recognitionRoll] = draws as [number, number, number, number];
  const exceptions: Record<string, [false, string]> = {};
  let income: number;
  let incomeNote: string | null = null;
  if (status === 'NON_REGISTERED') {
    income = firstNonRegistered ? 6_180 + (cents % 900) : 9_200 + (cents % 9_000);
    if (firstNonRegistered) exceptions.HOUSING = [false, '独居老人，住房破旧，未纳入建档立卡'];
  } else if (status === 'REGISTERED_POOR') {
    income = 3_900 + (cents % 3_300);
  } else {
    income = 7_700 + (cents % 8_000);
    if (failRoll < 10) {
      const [code, note] = FAILURES[failKind % FAILURES.length]!;
      if (code === 'INCOME') {
        income = 6_000 + (cents % 1_300);
        incomeNote = note;
      } else exceptions[code] = [false, note];
    }
  }
  if (status !== 'NON_REGISTERED' && recognitionRoll < 10) exceptions.RECOGNITION = [false, '户主表示不了解帮扶措施，对脱贫结果不认可'];
  return { income: String(income), incomeNote, exceptions };
}

export async function seedDemoSurveyChecks(db: DbClient, input: { assessmentId: string; counties: Record<string, { id: string }>; checkers: Record<County, string> }) {
  const template = await db.checklistTemplate.findUniqueOrThrow({
    where: { code: HOUSEHOLD_TEMPLATE.code },
    select: { id: true, minimumSeconds: true, items: { orderBy: { position: 'asc' }, select: { id: true, code: true, answerType: true, expected: true } } },
  });
  let created = 0;
  for (const county of ['Fengkai', 'Huaiji'] as const) {
    const setup = COUNTY_SETUP[county];
    const visit = await db.siteVisit.findFirst({
      where: { assessmentId: input.assessmentId, regionId: input.counties[county]!.id },
      orderBy: { visitDate: 'asc' },
      select: { id: true, households: { orderBy: { position: 'asc' }, skip: DEMO_CHECK_COUNT[county], select: { position: true, household: { select: { id: true, regionId: true, status: true } } } } },
    });
    if (!visit) continue;
    const keys = visit.households.map((row) => surveyCheckKey(county, row.position));
    const existing = new Set((await db.householdCheck.findMany({ where: { submissionKey: { in: keys } }, select: { submissionKey: true } })).map((c) => c.submissionKey));
    const rng = createRng(`demo-survey-checks-${setup.code}`);
    const start = localDateTime(setup.from).getTime();
    let seenNonRegistered = false;
    const checks: Prisma.HouseholdCheckCreateManyInput[] = [];
    const answerRows: Prisma.ChecklistAnswerCreateManyInput[] = [];
    for (const [k, row] of visit.households.entries()) {
      const draws = [rng.nextInt(100), rng.nextInt(3), rng.nextInt(1_000_000), rng.nextInt(100), rng.nextInt(900), rng.nextInt(2_000), rng.nextInt(2_000)];
      const status = row.household.status;
      const firstNonRegistered = setup.missedEnrolment && status === 'NON_REGISTERED' && !seenNonRegistered;
      if (status === 'NON_REGISTERED') seenNonRegistered = true;
      if (existing.has(keys[k]!)) continue;
      const demo = surveyAnswers(status, draws, firstNonRegistered);
      const answers: Record<string, AnswerValue> = {};
      for (const item of template.items) {
        const [value, note] = demo.exceptions[item.code] ?? [true, null];
        answers[item.id] = item.answerType === 'NUMBER'
          ? { valueBool: null, valueNumber: demo.income, valueText: null, note: demo.incomeNote }
          : { valueBool: value, valueNumber: null, valueText: null, note };
      }
      const durationSeconds = 600 + draws[4]!;
      const finishedAt = new Date(start + k * 11 * 60_000);
      // Our own id (the key with a prefix), so the answers can go in one statement with the checks.
      const id = `demo-check-${keys[k]!}`;
      checks.push({
        id,
        submissionKey: keys[k]!,
        siteVisitId: visit.id,
        templateId: template.id,
        householdId: row.household.id,
        regionId: row.household.regionId,
        assessorId: input.checkers[county],
        startedAt: new Date(finishedAt.getTime() - durationSeconds * 1000),
        finishedAt,
        durationSeconds,
        latitude: setup.position[0] + (draws[5]! - 1_000) / 50_000,
        longitude: setup.position[1] + (draws[6]! - 1_000) / 50_000,
        positionAccuracy: 15,
        flags: checkFlags({ durationSeconds, minimumSeconds: template.minimumSeconds }, template.items, answers),
      });
      answerRows.push(...Object.entries(answers).map(([itemId, answer]) => ({ checkId: id, itemId, ...answer })));
    }
    await db.householdCheck.createMany({ data: checks });
    await db.checklistAnswer.createMany({ data: answerRows });
    created += checks.length;
  }
  return { created };
}
