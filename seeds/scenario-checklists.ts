// The checklist templates of the demo: the household check ("two assurances, three guarantees",
// plus drinking water, income and recognition) and the village "eight haves". Find-or-create on the
// template and item codes; items already there are left as the admins edited them.
import type { AnswerType, ChecklistSubject, ItemOutcomeRole } from '@/lib/generated/prisma/enums';
import { localDateTime } from '@/lib/local-time';
import { checkFlags, type AnswerValue } from '@/modules/checks/rules';
import { DEFAULT_RESULTS_CONFIG } from '@/modules/results/config';
import { householdOutcome } from '@/modules/results/outcome-rules';
import type { DbClient } from '@/seeds/factories/client';

type ItemSeed = { code: string; prompt: string; answerType: AnswerType; expected: string | null; outcomeRole?: ItemOutcomeRole | null };
type TemplateSeed = { code: string; name: string; subject: ChecklistSubject; minimumSeconds: number; items: ItemSeed[] };

const yes = (code: string, prompt: string, outcomeRole: ItemOutcomeRole | null = null): ItemSeed => ({ code, prompt, answerType: 'YES_NO', expected: 'YES', outcomeRole });
/** A "two assurances, three guarantees" (or drinking water) item: part of the exit standard. */
const standard = (code: string, prompt: string) => yes(code, prompt, 'EXIT_STANDARD');

export const HOUSEHOLD_TEMPLATE: TemplateSeed = {
  code: 'HOUSEHOLD-2018',
  name: '两不愁三保障入户核查',
  subject: 'HOUSEHOLD',
  // Five minutes: a real visit (asking, looking at the house, photos) takes longer than that.
  minimumSeconds: 300,
  items: [
    standard('FOOD', '吃不愁：家中口粮充足，日常饮食有保障'),
    standard('CLOTHING', '穿不愁：四季衣物、被褥齐备'),
    standard('EDUCATION', '义务教育有保障：适龄子女没有因贫失学、辍学'),
    standard('MEDICAL', '基本医疗有保障：家庭成员均参加基本医疗保险，看病能按规定报销'),
    standard('HOUSING', '住房安全有保障：住房安全，不是危房'),
    standard('WATER', '饮水安全有保障：水量、水质和取水方便程度达标'),
    // 7,365 元 is the demo's 2018 exit threshold for Guangdong (income per person per year); it is the
    // item's expected value, so admins change it on the template page, not in code.
    { code: 'INCOME', prompt: '家庭年人均可支配收入（元）', answerType: 'NUMBER', expected: '7365', outcomeRole: 'INCOME' },
    yes('RECOGNITION', '认可帮扶成效：户主认可帮扶措施和脱贫结果', 'RECOGNITION'),
  ],
};

// Illustrative: the scenario names the "eight haves" but not the list; these are plausible village
// exit conditions, to be replaced by the official list in a real campaign.
export const VILLAGE_TEMPLATE: TemplateSeed = {
  code: 'VILLAGE-EIGHT-HAVES',
  name: '村“八有”核查',
  subject: 'VILLAGE',
  minimumSeconds: 600,
  items: [
    yes('ROAD', '有路通：通硬化路'),
    yes('POWER', '有电用：生产生活用电有保障'),
    yes('WATER', '有安全饮水'),
    yes('CLINIC', '有卫生站'),
    yes('CULTURE', '有文化室'),
    yes('BROADBAND', '有宽带网络'),
    yes('COLLECTIVE-INCOME', '有稳定集体收入'),
    yes('SERVICE-STATION', '有村级综合服务站'),
  ],
};

async function seedTemplate(db: DbClient, seed: TemplateSeed) {
  const { items, ...fields } = seed;
  const template = await db.checklistTemplate.upsert({ where: { code: seed.code }, create: fields, update: {}, select: { id: true } });
  for (const [position, item] of items.entries()) {
    await db.checklistItem.upsert({
      where: { templateId_code: { templateId: template.id, code: item.code } },
      create: { ...item, templateId: template.id, position },
      update: {},
    });
  }
  return template;
}

export async function seedChecklists(db: DbClient) {
  return { household: await seedTemplate(db, HOUSEHOLD_TEMPLATE), village: await seedTemplate(db, VILLAGE_TEMPLATE) };
}

type DemoCheck = {
  /** Fixed, so seeding again finds the check instead of making another. */
  submissionKey: string;
  /** When the check was finished, on the wall clock in Guangdong ('YYYY-MM-DDTHH:mm'). */
  at: string;
  durationSeconds: number;
  position: [number, number];
  income: string;
  /** Item code → [answer, note] where the answer is not simply "yes". */
  exceptions?: Record<string, [boolean, string]>;
};

// Made-up checks of the first households on each demo visit's list: most meet the standard; one
// house is not yet safe, one well runs muddy in the rainy season, one income is below the
// threshold, and one check took three minutes (flagged as too short).
const DEMO_CHECKS: Record<'Fengkai' | 'Huaiji', DemoCheck[]> = {
  Fengkai: [
    { submissionKey: '6d0c7f0e-2f4b-4c1e-9a51-0b8e2c1f0a01', at: '2019-02-18T10:05', durationSeconds: 1260, position: [23.5903, 111.6021], income: '9860' },
    { submissionKey: '6d0c7f0e-2f4b-4c1e-9a51-0b8e2c1f0a02', at: '2019-02-18T10:40', durationSeconds: 1080, position: [23.5921, 111.6047], income: '6920',
      exceptions: { HOUSING: [false, '房屋后墙开裂，危房改造尚未完工'] } },
    { submissionKey: '6d0c7f0e-2f4b-4c1e-9a51-0b8e2c1f0a03', at: '2019-02-18T11:02', durationSeconds: 180, position: [23.5937, 111.6012], income: '8450' },
  ],
  Huaiji: [
    { submissionKey: '6d0c7f0e-2f4b-4c1e-9a51-0b8e2c1f0b01', at: '2019-02-18T10:15', durationSeconds: 960, position: [23.9368, 112.2105], income: '10200' },
    { submissionKey: '6d0c7f0e-2f4b-4c1e-9a51-0b8e2c1f0b02', at: '2019-02-18T10:50', durationSeconds: 1140, position: [23.9391, 112.2143], income: '7800',
      exceptions: { WATER: [false, '雨季井水浑浊，尚未接入集中供水'] } },
  ],
};

/** How many households at the head of each demo list the checks above take (the survey checks take the rest). */
export const DEMO_CHECK_COUNT = { Fengkai: DEMO_CHECKS.Fengkai.length, Huaiji: DEMO_CHECKS.Huaiji.length } as const;

/**
 * Demo household checks on the scenario's visits (call after their households are on the lists).
 * Fengkai by the leader's sub-team, Huaiji by the assessor's, as the visits were planned.
 */
export async function seedDemoChecks(db: DbClient, input: { assessmentId: string; counties: Record<string, { id: string }>; checkers: Record<'Fengkai' | 'Huaiji', string> }) {
  const template = await db.checklistTemplate.findUniqueOrThrow({
    where: { code: HOUSEHOLD_TEMPLATE.code },
    select: { id: true, minimumSeconds: true, items: { orderBy: { position: 'asc' }, select: { id: true, code: true, outcomeRole: true, answerType: true, expected: true } } },
  });
  for (const county of ['Fengkai', 'Huaiji'] as const) {
    const visit = await db.siteVisit.findFirst({
      where: { assessmentId: input.assessmentId, regionId: input.counties[county]!.id },
      orderBy: { visitDate: 'asc' },
      select: { id: true, households: { orderBy: { position: 'asc' }, take: DEMO_CHECKS[county].length, select: { household: { select: { id: true, regionId: true, status: true } } } } },
    });
    for (const [i, row] of (visit?.households ?? []).entries()) {
      const demo = DEMO_CHECKS[county][i]!;
      if (await db.householdCheck.count({ where: { submissionKey: demo.submissionKey } })) continue;
      const answers: Record<string, AnswerValue> = {};
      for (const item of template.items) {
        const [value, note] = demo.exceptions?.[item.code] ?? [true, null];
        answers[item.id] = item.answerType === 'NUMBER'
          ? { valueBool: null, valueNumber: demo.income, valueText: null, note: null }
          : { valueBool: value, valueNumber: null, valueText: null, note };
      }
      const finishedAt = localDateTime(demo.at);
      await db.householdCheck.create({
        data: {
          submissionKey: demo.submissionKey,
          siteVisitId: visit!.id,
          templateId: template.id,
          householdId: row.household.id,
          regionId: row.household.regionId,
          assessorId: input.checkers[county],
          startedAt: new Date(finishedAt.getTime() - demo.durationSeconds * 1000),
          finishedAt,
          durationSeconds: demo.durationSeconds,
          latitude: demo.position[0],
          longitude: demo.position[1],
          positionAccuracy: 20,
          flags: checkFlags({ durationSeconds: demo.durationSeconds, minimumSeconds: template.minimumSeconds }, template.items, answers),
          // The demo campaign keeps the default results parameters.
          outcome: householdOutcome({ status: row.household.status, items: template.items, answers, exitIncomeThreshold: DEFAULT_RESULTS_CONFIG.exitIncomeThreshold }),
          answers: { create: Object.entries(answers).map(([itemId, answer]) => ({ itemId, ...answer })) },
        },
      });
    }
  }
}
