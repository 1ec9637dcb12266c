// The demo's checked households for the results: the survey-mix samples of Fengkai and Huaiji and a
// check of every listed household, with wrongful exits, non-recognition and missed enrolments. The
// expectations read the stored answers directly (not through the outcome rules, which are not ours).
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { loadSamplingFrame } from '@/modules/sampling/frame';
import { drawSample, SURVEY_MIX_METHOD, type SampleResult } from '@/modules/sampling/rules';
import { ZSamplingRules } from '@/modules/sampling/schema';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { seedChecklists, seedDemoChecks } from '@/seeds/scenario-checklists';
import { DEMO_SAMPLE_SEED, seedSiteVisitSamples } from '@/seeds/scenario-site-visits';
import { seedDemoSurveyChecks, surveyAnswers } from '@/seeds/scenario-survey-checks';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const seedAll = async () => {
  const db = getDb();
  await seedChecklists(db);
  await seedSiteVisitSamples(db, demo.regions, demo.users, demo.scenario.assessment.id);
  const input = { assessmentId: demo.scenario.assessment.id, counties: demo.regions.counties, checkers: { Fengkai: demo.users.leader.id, Huaiji: demo.users.assessor.id } };
  await seedDemoChecks(db, input);
  return seedDemoSurveyChecks(db, input);
};

const THRESHOLD = 7365;

async function checkedHouseholds(county: 'Fengkai' | 'Huaiji') {
  const checks = await getDb().householdCheck.findMany({
    // The seed's own checks (fixed submission keys): other test files add checks to the same demo visits.
    where: { householdId: { not: null }, OR: [{ submissionKey: { startsWith: '6d0c7f0e-' } }, { submissionKey: { startsWith: '5e1d2a40-' } }], siteVisit: { assessmentId: demo.scenario.assessment.id, regionId: demo.regions.counties[county]!.id } },
    select: {
      householdId: true,
      household: { select: { status: true, region: { select: { code: true, parent: { select: { code: true } } } } } },
      answers: { select: { valueBool: true, valueNumber: true, item: { select: { code: true } } } },
    },
  });
  return checks.map((c) => {
    const answer = (code: string) => c.answers.find((a) => a.item.code === code)!;
    const itemMissed = c.answers.some((a) => a.item.code !== 'RECOGNITION' && a.item.code !== 'INCOME' && a.valueBool === false);
    const below = itemMissed || Number(answer('INCOME').valueNumber) < THRESHOLD;
    return { householdId: c.householdId!, status: c.household!.status, village: c.household!.region.code, town: c.household!.region.parent!.code, below, recognises: answer('RECOGNITION').valueBool };
  });
}

describe('demo checks for the results', () => {
  it('checks every household of each county’s survey-mix sample once: 2 towns × 2 villages × about 10', async () => {
    await seedAll();
    for (const county of ['Fengkai', 'Huaiji'] as const) {
      const visit = await getDb().siteVisit.findFirstOrThrow({
        where: { assessmentId: demo.scenario.assessment.id, regionId: demo.regions.counties[county]!.id },
        orderBy: { visitDate: 'asc' },
        select: { households: { select: { householdId: true, sample: { select: { seed: true, method: true } } } } },
      });
      const checked = await checkedHouseholds(county);
      expect(new Set(checked.map((c) => c.householdId)).size).toBe(checked.length);
      expect(checked.map((c) => c.householdId).sort()).toEqual(visit.households.map((h) => h.householdId).sort());
      expect(visit.households.every((h) => h.sample?.seed === DEMO_SAMPLE_SEED && h.sample.method === SURVEY_MIX_METHOD)).toBe(true);
      expect(new Set(checked.map((c) => c.town)).size).toBe(2);
      const villages = new Set(checked.map((c) => c.village));
      expect(villages.size).toBe(4);
      for (const village of villages) {
        const mine = checked.filter((c) => c.village === village);
        expect(mine.length).toBeGreaterThanOrEqual(10);
        expect(mine.length).toBeLessThanOrEqual(11); // one more when the disabled-member rule adds one
        expect(mine.filter((c) => c.status === 'NON_REGISTERED').length).toBe(3);
      }
    }
  });

  it('holds wrongful exits, missed enrolments and non-recognition in both counties', async () => {
    await seedAll();
    const all = [...(await checkedHouseholds('Fengkai')), ...(await checkedHouseholds('Huaiji'))];
    expect(all.length).toBeGreaterThanOrEqual(80);
    const exited = all.filter((c) => c.status === 'EXITED_THIS_YEAR' || c.status === 'PLANNED_EXIT');
    const wrongfulExits = exited.filter((c) => c.below).length;
    expect(wrongfulExits).toBeGreaterThanOrEqual(2);
    expect(wrongfulExits).toBeLessThan(exited.length / 4);
    const missed = all.filter((c) => c.status === 'NON_REGISTERED' && c.below).length;
    expect(missed).toBeGreaterThanOrEqual(1);
    expect(missed).toBeLessThanOrEqual(2);
    const registered = all.filter((c) => c.status !== 'NON_REGISTERED');
    const notRecognising = registered.filter((c) => c.recognises === false).length;
    expect(notRecognising).toBeGreaterThan(0);
    expect(notRecognising).toBeLessThan(registered.length / 4);
  });

  it('records samples that re-derive from their seed, rules and roster', async () => {
    await seedAll();
    const samples = await getDb().sample.findMany({ where: { seed: DEMO_SAMPLE_SEED, siteVisit: { assessmentId: demo.scenario.assessment.id } }, select: { rules: true, result: true, rosterImportId: true } });
    expect(samples).toHaveLength(2);
    for (const sample of samples) {
      const { frame } = await loadSamplingFrame(getDb(), sample.rosterImportId);
      expect(drawSample(DEMO_SAMPLE_SEED, ZSamplingRules.parse(sample.rules), frame)).toEqual(sample.result as SampleResult);
    }
  });

  it('adds nothing when seeded again', async () => {
    await seedAll();
    const count = () => Promise.all([getDb().householdCheck.count(), getDb().checklistAnswer.count(), getDb().household.count(), getDb().sample.count()]);
    const before = await count();
    expect(await seedAll()).toEqual({ created: 0 });
    expect(await count()).toEqual(before);
  });

  it('derives answers as documented: an exited household failing on income stays below the threshold', () => {
    // failRoll 3 (< 10), kind 2 → INCOME; cents 1234 → 6000 + 1234 % 1300 = 7234.
    expect(surveyAnswers('PLANNED_EXIT', [3, 2, 1234, 50], false)).toEqual({ income: '7234', incomeNote: expect.any(String), exceptions: {} });
    // failRoll 3, kind 0 → HOUSING; recognition roll 5 (< 10) → does not recognise.
    expect(Object.keys(surveyAnswers('EXITED_THIS_YEAR', [3, 0, 0, 5], false).exceptions).sort()).toEqual(['HOUSING', 'RECOGNITION']);
    // A non-registered household marked as the missed enrolment: 6180 + 100 % 900 = 6280.
    expect(surveyAnswers('NON_REGISTERED', [0, 0, 100, 0], true).income).toBe('6280');
    expect(surveyAnswers('NON_REGISTERED', [0, 0, 100, 0], false).income).toBe('9300');
  });
});
