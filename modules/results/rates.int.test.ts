// Outcomes stored at submission and the three rates from seeded checks. Expected figures are worked out by hand in
// the comments (inclusion probabilities from the seeded design, weighted sums, the ANOVA correlation).
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { checkPayload, createCheckWorld, postCheck } from '@/modules/checks/test-support';
import { DEFAULT_RESULTS_CONFIG } from '@/modules/results/config';
import { readOutcome } from '@/modules/results/outcome-rules';
import { computeRegionRates } from '@/modules/results/rates';
import type { RegionRates } from '@/modules/results/snapshot';
import { GOOD, seedRatesWorld, type CheckedSpec, type VillageSpec } from '@/modules/results/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

describe('the outcome stored with a submitted check', () => {
  it('a planned-exit household with income below the threshold is a wrongful exit; unanswered items are listed', async () => {
    const world = await createCheckWorld(demo);
    signInAs(demo.users.assessor);
    // checkPayload answers FOOD yes and INCOME 6800 (< 7365) only.
    const { status, result } = await postCheck(checkPayload(world));
    expect(status).toBe(200);
    const stored = await getDb().householdCheck.findUniqueOrThrow({ where: { id: result.data!.id }, select: { outcome: true } });
    const outcome = readOutcome(stored.outcome);
    expect(outcome).toMatchObject({
      rulesVersion: 'household-outcome-v1',
      status: 'PLANNED_EXIT',
      meetsStandard: false,
      failedItemCodes: ['INCOME'],
      unansweredItemCodes: ['CLOTHING', 'EDUCATION', 'MEDICAL', 'HOUSING', 'WATER', 'RECOGNITION'],
      incomePerCapita: 6800,
      exitIncomeThreshold: 7365,
      recognises: null,
      wrongfulExit: true,
      missedEnrolment: false,
    });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: 'check.submit', entityId: result.data!.id }, select: { data: true } });
    expect(audit.data).toMatchObject({ outcome: { wrongfulExit: true, meetsStandard: false } });
  });
});

const with_ = (answers: Partial<Record<string, boolean | string>>) => ({ ...GOOD, ...answers }) as CheckedSpec['answers'];
const unanswered = (code: string) => Object.fromEntries(Object.entries(GOOD).filter(([c]) => c !== code));

/** County A's villages: 10 checked of a roster of 20: 6 planned exit, 2 exited this year, 2 non-registered. */
function villageA(changes: Record<number, CheckedSpec['answers']> = {}): VillageSpec {
  const status = (i: number) => (i < 6 ? 'PLANNED_EXIT' : i < 8 ? 'EXITED_THIS_YEAR' : 'NON_REGISTERED');
  return { rosterSize: 20, checked: Array.from({ length: 10 }, (_, i) => ({ status: status(i), answers: changes[i] ?? GOOD, storeOutcome: true })) };
}
const unpicked = (): VillageSpec => ({ rosterSize: 20, checked: [] });

describe('the three rates', () => {
  let rates: RegionRates[];
  beforeAll(async () => {
    const world = await seedRatesWorld(getDb(), {
      userId: demo.users.leader.id,
      counties: [
        // 甲县: 2 of 3 towns, 2 of 4 villages each, 10 of 20 households: π = 2/3 · 2/4 · 10/20 = 1/6, weight 6.
        {
          name: '甲县',
          towns: [
            { picked: true, pickedVillages: [0, 1], villages: [villageA({ 0: with_({ HOUSING: false }), 6: with_({ HOUSING: false }) }), villageA({ 1: with_({ RECOGNITION: false }), 2: with_({ RECOGNITION: false }), 3: with_({ RECOGNITION: false }) }), unpicked(), unpicked()] },
            { picked: true, pickedVillages: [0, 1], villages: [villageA({ 8: with_({ INCOME: '5000' }) }), villageA({ 4: unanswered('RECOGNITION') }), unpicked(), unpicked()] },
            { picked: false, villages: [unpicked(), unpicked(), unpicked(), unpicked()] },
          ],
        },
        // 乙县: 1 town, both villages, 10 of 25: π = 0.4, weight 2.5; outcomes not stored (judged when computing).
        {
          name: '乙县',
          towns: [
            {
              picked: true,
              villages: [
                { rosterSize: 25, checked: Array.from({ length: 10 }, (_, i) => ({ status: 'PLANNED_EXIT' as const, answers: i === 0 ? with_({ INCOME: '7000' }) : GOOD })) },
                { rosterSize: 25, checked: Array.from({ length: 10 }, () => ({ status: 'PLANNED_EXIT' as const, answers: GOOD })) },
              ],
            },
          ],
        },
        // 丙县: picked by hand: 5 of a roster of 30 on the list: π = 5/30, weight 6. The fifth check is unfinished
        // (left out); the first household was checked twice and its latest check (recognises) counts.
        {
          name: '丙县',
          handPicked: true,
          towns: [
            {
              picked: true,
              villages: [
                {
                  rosterSize: 30,
                  checked: [
                    { status: 'PLANNED_EXIT', answers: GOOD, earlier: with_({ RECOGNITION: false }) },
                    { status: 'PLANNED_EXIT', answers: GOOD },
                    { status: 'PLANNED_EXIT', answers: GOOD },
                    { status: 'PLANNED_EXIT', answers: GOOD },
                    { status: 'PLANNED_EXIT', answers: with_({ HOUSING: false }), unfinished: true },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    rates = await getDb().$transaction((tx) => computeRegionRates(tx, world.assessment, DEFAULT_RESULTS_CONFIG));
  });

  const rateOf = (region: string, key: string) => rates.find((r) => r.regionName === region || (region === 'city' && r.level === 'CITY'))!.rates.find((r) => r.key === key)!;

  it('lists the city first, then each county with checked households by name, with checked and hand-picked counts', () => {
    expect(rates.map((r) => [r.level, r.level === 'CITY' ? 'city' : r.regionName, r.checkedHouseholds, r.handPickedHouseholds])).toEqual([
      ['CITY', 'city', 64, 4],
      ['COUNTY', '丙县', 4, 4],
      ['COUNTY', '甲县', 40, 0],
      ['COUNTY', '乙县', 20, 0],
    ]);
    expect(rates.every((r) => r.reportedPovertyIncidence === null)).toBe(true);
  });

  it('county 甲: wrongful exits 2 of 32 in one village of four: ρ = 1/7, design effect 2, n_eff 16', () => {
    // Clusters of 8 exit households, events 2, 0, 0, 0. ȳ = 1/16; MSB = 8·((1/4 − 1/16)² + 3·(1/16)²)/3 = 0.125;
    // MSW = 8·(1/4)(3/4)/(32 − 4) = 3/56; m₀ = (32 − 256/32)/3 = 8; ρ = (1/8 − 3/56)/(1/8 + 7·3/56) = (4/56)/(28/56) = 1/7;
    // deff = 1 + (8 − 1)/7 = 2; n_eff = 16. Wilson(0.0625, 16), z = 1.95996: centre = (0.0625 + 0.120046)/1.240091 = 0.147204,
    // half = 1.580502 · √(0.0625·0.9375/16 + 3.841459/1024) = 0.136083 → [0.0111, 0.2833]: straddles 2 %.
    const r = rateOf('甲县', 'WRONGFUL_EXIT');
    expect(r.estimate).toMatchObject({ n: 32, events: 2, clusters: 4 });
    expect(r.estimate!.estimate).toBeCloseTo(0.0625, 12);
    expect(r.estimate!.designEffectClustering).toBeCloseTo(2, 9);
    expect(r.estimate!.designEffectWeights).toBeCloseTo(1, 12);
    expect(r.estimate!.effectiveN).toBeCloseTo(16, 9);
    expect(r.estimate!.lower).toBeCloseTo(0.0111, 4);
    expect(r.estimate!.upper).toBeCloseTo(0.2833, 4);
    expect(r.verdict).toBe('INCONCLUSIVE');
  });

  it('county 甲: missed enrolment 1 of 8 non-registered; recognition 36 of 39 answered, 1 undecided', () => {
    expect(rateOf('甲县', 'MISSED_ENROLMENT').estimate).toMatchObject({ n: 8, events: 1, clusters: 4, estimate: 0.125 });
    const recognition = rateOf('甲县', 'RECOGNITION');
    expect(recognition.estimate).toMatchObject({ n: 39, events: 36 });
    expect(recognition.estimate!.estimate).toBeCloseTo(36 / 39, 12);
    expect(recognition.undecided).toBe(1);
  });

  it('county 乙 (outcomes judged when computing): 1 wrongful exit of 20; no non-registered households: no data', () => {
    expect(rateOf('乙县', 'WRONGFUL_EXIT').estimate).toMatchObject({ n: 20, events: 1, clusters: 2, estimate: 0.05 });
    expect(rateOf('乙县', 'MISSED_ENROLMENT')).toMatchObject({ estimate: null, verdict: 'NO_DATA' });
    expect(rateOf('乙县', 'RECOGNITION').estimate).toMatchObject({ n: 20, events: 20, estimate: 1 });
  });

  it('county 丙 (hand-picked): the unfinished check is left out and the latest check of a household counts', () => {
    expect(rateOf('丙县', 'WRONGFUL_EXIT').estimate).toMatchObject({ n: 4, events: 0, estimate: 0 });
    expect(rateOf('丙县', 'RECOGNITION').estimate).toMatchObject({ n: 4, events: 4, estimate: 1 });
  });

  it('the city pools the counties with their weights (6, 2.5, 6)', () => {
    // Wrongful exit: Σw = 32·6 + 20·2.5 + 4·6 = 266, Σwy = 2·6 + 1·2.5 = 14.5 → 0.0545113;
    // Σw² = 32·36 + 20·6.25 + 4·36 = 1421 → Kish deff = 56·1421/266² = 79576/70756 = 1.124654.
    const exit = rateOf('city', 'WRONGFUL_EXIT');
    expect(exit.estimate).toMatchObject({ n: 56, events: 3, clusters: 7 });
    expect(exit.estimate!.estimate).toBeCloseTo(14.5 / 266, 12);
    expect(exit.estimate!.designEffectWeights).toBeCloseTo(79576 / 70756, 12);
    expect(exit.estimate!.lower).toBeLessThanOrEqual(exit.estimate!.estimate);
    expect(exit.estimate!.upper).toBeGreaterThanOrEqual(exit.estimate!.estimate);
    // Missed enrolment: only county 甲 has non-registered households.
    expect(rateOf('city', 'MISSED_ENROLMENT').estimate).toMatchObject({ n: 8, events: 1, estimate: 0.125 });
    // Recognition: Σw = 39·6 + 20·2.5 + 4·6 = 308, Σwy = 36·6 + 50 + 24 = 290.
    const recognition = rateOf('city', 'RECOGNITION');
    expect(recognition.estimate).toMatchObject({ n: 63, events: 60, clusters: 7 });
    expect(recognition.estimate!.estimate).toBeCloseTo(290 / 308, 12);
    expect(recognition.undecided).toBe(1);
  });
});
