// Test and benchmark data for the rates: a city of its own with counties, towns and villages, a roster per county,
// one site visit per county with a recorded sample (or a hand-picked list), and finished household checks with
// answers. Written with createMany so that thousands of checks seed in seconds.
import type { HouseholdStatus } from '@/lib/generated/prisma/enums';
import type { DbClient } from '@/seeds/factories/client';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createRegion, type RegionRef } from '@/seeds/factories/regions';
import { HOUSEHOLD_TEMPLATE, seedChecklists } from '@/seeds/scenario-checklists';
import { DEFAULT_RESULTS_CONFIG } from '@/modules/results/config';
import { householdOutcome } from '@/modules/results/outcome-rules';

/** Answers by item code: a boolean for yes/no items, a decimal string for the income; a missing code is unanswered. */
export type CodedAnswers = Record<string, boolean | string>;
export type CheckedSpec = { status: HouseholdStatus; answers: CodedAnswers; storeOutcome?: boolean; unfinished?: boolean; earlier?: CodedAnswers };
export type VillageSpec = { rosterSize: number; rosterStatus?: HouseholdStatus; checked: CheckedSpec[]; listedNotChecked?: number };
export type TownSpec = { villages: VillageSpec[]; picked: boolean; pickedVillages?: number[] };
export type CountySpec = { name: string; towns: TownSpec[]; handPicked?: boolean };

export const GOOD: CodedAnswers = { FOOD: true, CLOTHING: true, EDUCATION: true, MEDICAL: true, HOUSING: true, WATER: true, INCOME: '9000', RECOGNITION: true };

export async function seedRatesWorld(db: DbClient, input: { userId: string; counties: CountySpec[] }) {
  await seedChecklists(db);
  const template = await db.checklistTemplate.findUniqueOrThrow({
    where: { code: HOUSEHOLD_TEMPLATE.code },
    select: { id: true, items: { orderBy: { position: 'asc' }, select: { id: true, code: true, outcomeRole: true, answerType: true, expected: true } } },
  });
  const s = uniqueSuffix();
  const city = await createRegion(db, { code: `RC${s}`, name: `测试市${s}`, level: 'CITY' });
  const campaign = await createCampaign(db, { name: `三率测试 ${s}` });
  const group = await createGroup(db, { campaignId: campaign.id });
  const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: city.id });
  const counties: (RegionRef & { visitId: string; householdIds: string[] })[] = [];

  for (const [ci, county] of input.counties.entries()) {
    const countyRef = await createRegion(db, { code: `${city.code}C${ci}`, name: county.name, level: 'COUNTY', parent: city });
    const roster = await db.rosterImport.create({
      data: { regionId: countyRef.id, contentHash: `${s}-${ci}`, rowCount: 0, fileName: `rates-${s}-${ci}.csv`, importedById: input.userId },
      select: { id: true },
    });
    const visit = await db.siteVisit.create({ data: { assessmentId: assessment.id, regionId: countyRef.id, visitDate: new Date('2019-02-18'), status: 'IN_PROGRESS' }, select: { id: true } });
    const households: { id: string; code: string; regionId: string; status: HouseholdStatus; hasDisabledMember: boolean; ableToWork: boolean; size: number; rosterImportId: string }[] = [];
    const listed: { householdId: string; position: number }[] = [];
    const checks: { household: { id: string; regionId: string; status: HouseholdStatus }; spec: CheckedSpec }[] = [];
    const frameVillages: { code: string; townCode: string }[] = [];
    const picked = { towns: [] as string[], villages: [] as string[], households: [] as string[] };

    for (const [ti, town] of county.towns.entries()) {
      const townRef = await createRegion(db, { code: `${countyRef.code}T${ti}`, name: `镇${ti}`, level: 'TOWN', parent: countyRef });
      if (town.picked) picked.towns.push(townRef.code);
      for (const [vi, village] of town.villages.entries()) {
        const villageRef = await createRegion(db, { code: `${townRef.code}V${vi}`, name: `村${ti}-${vi}`, level: 'VILLAGE', parent: townRef });
        frameVillages.push({ code: villageRef.code, townCode: townRef.code });
        const villagePicked = town.picked && (town.pickedVillages ?? town.villages.map((_, i) => i)).includes(vi);
        if (villagePicked) picked.villages.push(villageRef.code);
        for (let hi = 0; hi < village.rosterSize; hi += 1) {
          const spec = village.checked[hi];
          const code = `${villageRef.code}H${String(hi).padStart(4, '0')}`;
          const household = {
            id: `hh-${villageRef.code}-${hi}`,
            code,
            regionId: villageRef.id,
            status: spec?.status ?? village.rosterStatus ?? 'PLANNED_EXIT',
            hasDisabledMember: false,
            ableToWork: true,
            size: 3,
            rosterImportId: roster.id,
          };
          households.push(household);
          const onList = villagePicked && hi < village.checked.length + (village.listedNotChecked ?? 0);
          if (onList) {
            listed.push({ householdId: household.id, position: listed.length });
            picked.households.push(code);
          }
          if (onList && spec) checks.push({ household, spec });
        }
      }
    }
    for (let i = 0; i < households.length; i += 5000) await db.household.createMany({ data: households.slice(i, i + 5000) });
    await db.rosterImport.update({ where: { id: roster.id }, data: { rowCount: households.length } });
    let sampleId: string | null = null;
    if (!county.handPicked) {
      const statuses = [...new Set(households.map((h) => h.status))];
      const sample = await db.sample.create({
        data: {
          siteVisitId: visit.id,
          seed: `rates-${s}-${ci}`,
          method: 'gd2018-systematic-v1',
          rules: { countiesPerCity: 2, townsPerCounty: picked.towns.length, villagesPerTown: 2, householdsPerVillage: 10, disabledPerVillage: 0, householdStatuses: statuses },
          rosterImportId: roster.id,
          rosterHash: `${s}-${ci}`,
          result: { towns: picked.towns, villages: picked.villages, households: picked.households, addedForDisability: [], shortfalls: [] },
          createdById: input.userId,
        },
        select: { id: true },
      });
      sampleId = sample.id;
    }
    await db.siteVisitHousehold.createMany({ data: listed.map((l) => ({ ...l, siteVisitId: visit.id, sampleId })) });

    const checkRows: { id: string; siteVisitId: string; templateId: string; householdId: string; regionId: string; assessorId: string; startedAt: Date; finishedAt: Date | null; outcome?: object }[] = [];
    const answerRows: { checkId: string; itemId: string; valueBool: boolean | null; valueNumber: string | null }[] = [];
    const addCheck = (id: string, household: { id: string; regionId: string; status: HouseholdStatus }, answers: CodedAnswers, at: Date, finished: boolean, store: boolean) => {
      const byId: Record<string, { valueBool: boolean | null; valueNumber: string | null }> = {};
      for (const item of template.items) {
        const value = answers[item.code];
        if (value === undefined) continue;
        byId[item.id] = typeof value === 'boolean' ? { valueBool: value, valueNumber: null } : { valueBool: null, valueNumber: value };
        answerRows.push({ checkId: id, itemId: item.id, ...byId[item.id]! });
      }
      const outcome = store ? householdOutcome({ status: household.status, items: template.items, answers: byId, exitIncomeThreshold: DEFAULT_RESULTS_CONFIG.exitIncomeThreshold }) : undefined;
      checkRows.push({ id, siteVisitId: visit.id, templateId: template.id, householdId: household.id, regionId: household.regionId, assessorId: input.userId, startedAt: at, finishedAt: finished ? at : null, ...(outcome ? { outcome } : {}) });
    };
    for (const [i, { household, spec }] of checks.entries()) {
      if (spec.earlier) addCheck(`ck0-${household.id}`, household, spec.earlier, new Date(Date.UTC(2019, 1, 17, 0, 0, i)), true, spec.storeOutcome ?? false);
      addCheck(`ck-${household.id}`, household, spec.answers, new Date(Date.UTC(2019, 1, 18, 0, 0, i)), !spec.unfinished, spec.storeOutcome ?? false);
    }
    for (let i = 0; i < checkRows.length; i += 2000) await db.householdCheck.createMany({ data: checkRows.slice(i, i + 2000) });
    for (let i = 0; i < answerRows.length; i += 5000) await db.checklistAnswer.createMany({ data: answerRows.slice(i, i + 5000) });
    counties.push({ ...countyRef, visitId: visit.id, householdIds: checks.map((c) => c.household.id) });
  }
  return { city, assessment: { id: assessment.id, targetRegionId: city.id }, counties };
}
