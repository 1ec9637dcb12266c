// Demo village checks ("eight haves") on the scenario's first visit to Fengkai and to Huaiji: the first
// villages of each visit (by town and village code), most meeting the exit conditions; one Fengkai
// village has no stable collective income and one Huaiji village no broadband yet. Fixed submission
// keys, so seeding again finds the checks instead of making more.
import { localDateTime } from '@/lib/local-time';
import { checkFlags, type AnswerValue } from '@/modules/checks/rules';
import { villageVerdict } from '@/modules/checks/village-rules';
import { findVisitVillages } from '@/modules/checks/village-subject';
import type { DbClient } from '@/seeds/factories/client';
import { VILLAGE_TEMPLATE } from '@/seeds/scenario-checklists';

type DemoVillageCheck = {
  submissionKey: string;
  /** Finished, on the wall clock in Guangdong. */
  at: string;
  durationSeconds: number;
  position: [number, number];
  /** Item code → note, for items answered "no". */
  failing?: Record<string, string>;
};

export const DEMO_VILLAGE_CHECKS: Record<'Fengkai' | 'Huaiji', DemoVillageCheck[]> = {
  Fengkai: [
    { submissionKey: '7a1e5c3b-0d2f-4e6a-8b9c-1d2e3f4a5b01', at: '2019-02-18T14:10', durationSeconds: 1500, position: [23.5911, 111.6033] },
    { submissionKey: '7a1e5c3b-0d2f-4e6a-8b9c-1d2e3f4a5b02', at: '2019-02-18T15:05', durationSeconds: 1320, position: [23.5956, 111.6101],
      failing: { 'COLLECTIVE-INCOME': '村集体经济收入仅靠一次性补助，尚无稳定来源' } },
    { submissionKey: '7a1e5c3b-0d2f-4e6a-8b9c-1d2e3f4a5b03', at: '2019-02-18T16:00', durationSeconds: 1140, position: [23.6012, 111.6187] },
  ],
  Huaiji: [
    { submissionKey: '7a1e5c3b-0d2f-4e6a-8b9c-1d2e3f4a5c01', at: '2019-02-18T14:30', durationSeconds: 1260, position: [23.9377, 112.2121],
      failing: { BROADBAND: '光纤尚未入村，仅有移动信号' } },
    { submissionKey: '7a1e5c3b-0d2f-4e6a-8b9c-1d2e3f4a5c02', at: '2019-02-18T15:20', durationSeconds: 1080, position: [23.9412, 112.2188] },
  ],
};

/** Call after the demo visits have their household lists (seedSiteVisitSamples). */
export async function seedDemoVillageChecks(db: DbClient, input: { assessmentId: string; counties: Record<string, { id: string }>; checkers: Record<'Fengkai' | 'Huaiji', string> }) {
  const template = await db.checklistTemplate.findUniqueOrThrow({
    where: { code: VILLAGE_TEMPLATE.code },
    select: { id: true, minimumSeconds: true, items: { orderBy: { position: 'asc' }, select: { id: true, code: true, answerType: true, expected: true } } },
  });
  for (const county of ['Fengkai', 'Huaiji'] as const) {
    const visit = await db.siteVisit.findFirst({
      where: { assessmentId: input.assessmentId, regionId: input.counties[county]!.id },
      orderBy: { visitDate: 'asc' },
      select: { id: true, region: { select: { path: true } } },
    });
    if (!visit) continue;
    const villages = await findVisitVillages(db, { id: visit.id, regionPath: visit.region.path });
    for (const [i, village] of villages.slice(0, DEMO_VILLAGE_CHECKS[county].length).entries()) {
      const demo = DEMO_VILLAGE_CHECKS[county][i]!;
      if (await db.householdCheck.count({ where: { submissionKey: demo.submissionKey } })) continue;
      // Checked once per visit: a village checked by hand before the seed keeps its check.
      if (await db.householdCheck.count({ where: { siteVisitId: visit.id, regionId: village.id, householdId: null } })) continue;
      const answers: Record<string, AnswerValue> = {};
      for (const item of template.items) {
        const note = demo.failing?.[item.code] ?? null;
        answers[item.id] = { valueBool: note === null, valueNumber: null, valueText: null, note };
      }
      const finishedAt = localDateTime(demo.at);
      await db.householdCheck.create({
        data: {
          submissionKey: demo.submissionKey,
          siteVisitId: visit.id,
          templateId: template.id,
          householdId: null,
          regionId: village.id,
          assessorId: input.checkers[county],
          startedAt: new Date(finishedAt.getTime() - demo.durationSeconds * 1000),
          finishedAt,
          durationSeconds: demo.durationSeconds,
          latitude: demo.position[0],
          longitude: demo.position[1],
          positionAccuracy: 25,
          flags: checkFlags({ durationSeconds: demo.durationSeconds, minimumSeconds: template.minimumSeconds }, template.items, answers),
          outcome: villageVerdict(template.items, answers),
          answers: { create: Object.entries(answers).map(([itemId, answer]) => ({ itemId, ...answer })) },
        },
      });
    }
  }
}
