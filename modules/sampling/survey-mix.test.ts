// The satisfaction-survey mix (gd2018-survey-mix-v1), and the systematic method pinned to what it
// drew before the mix existed (so recorded samples still verify).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/modules/draws/prng';
import { drawSample, SAMPLING_METHOD, samplingMethodOf, stratumCounts, stratumOf, SURVEY_MIX_METHOD, type FrameHousehold, type SamplingFrame } from '@/modules/sampling/rules';
import { GD2018_RULES, GD2018_SURVEY_MIX_RULES, rulesOf, ZSamplingRules, type SamplingRules } from '@/modules/sampling/schema';

const STATUSES = ['PLANNED_EXIT', 'REGISTERED_POOR', 'NON_REGISTERED'] as const;

/** 3 towns × 3 villages × 14 households, statuses and flags from a fixed PRNG. */
function pinnedFrame(): SamplingFrame {
  const rng = createRng('pin-frame');
  const frame: SamplingFrame = { villages: [], households: [] };
  for (let t = 0; t < 3; t++) {
    for (let v = 0; v < 3; v++) {
      const code = `T${t}V${v}`;
      frame.villages.push({ code, townCode: `T${t}`, designated: v < 2 || t === 2 });
      for (let i = 0; i < 14; i++) {
        frame.households.push({
          code: `${code}-${String(i).padStart(2, '0')}`, villageCode: code, status: STATUSES[rng.nextInt(3)]!,
          hasDisabledMember: rng.nextInt(5) === 0, ableToWork: rng.nextInt(2) === 0,
        });
      }
    }
  }
  return frame;
}

describe('the systematic method is unchanged', () => {
  // Expectations recorded by running drawSample of commit 24999a3 (before the mix) on this frame.
  it('draws exactly what it drew before the survey mix existed', () => {
    expect(drawSample('pinned-seed', GD2018_RULES, pinnedFrame())).toEqual({
      towns: ['T1', 'T2'],
      villages: ['T1V0', 'T1V1', 'T2V1', 'T2V2'],
      households: ['T1V0-00', 'T1V0-02', 'T1V0-03', 'T1V0-11', 'T1V1-02', 'T1V1-06', 'T1V1-09', 'T1V1-12', 'T2V1-01', 'T2V1-10', 'T2V1-11', 'T2V2-01', 'T2V2-02', 'T2V2-12'],
      addedForDisability: [],
      shortfalls: [
        { level: 'HOUSEHOLD', scope: 'T1V0', needed: 10, available: 4 }, { level: 'DISABLED', scope: 'T1V0', needed: 1, available: 0 },
        { level: 'HOUSEHOLD', scope: 'T1V1', needed: 10, available: 4 }, { level: 'DISABLED', scope: 'T1V1', needed: 1, available: 0 },
        { level: 'HOUSEHOLD', scope: 'T2V1', needed: 10, available: 3 }, { level: 'HOUSEHOLD', scope: 'T2V2', needed: 10, available: 3 },
      ],
    });
    const rules: SamplingRules = { ...GD2018_RULES, householdsPerVillage: 5, disabledPerVillage: 2, householdStatuses: ['PLANNED_EXIT', 'REGISTERED_POOR'] };
    expect(drawSample('pinned-seed', rules, pinnedFrame())).toEqual({
      towns: ['T1', 'T2'],
      villages: ['T1V0', 'T1V1', 'T2V1', 'T2V2'],
      households: ['T1V0-02', 'T1V0-04', 'T1V0-05', 'T1V0-10', 'T1V0-12', 'T1V1-00', 'T1V1-03', 'T1V1-06', 'T1V1-07', 'T1V1-09', 'T1V1-11', 'T2V1-01', 'T2V1-04', 'T2V1-05', 'T2V1-10', 'T2V1-12', 'T2V2-00', 'T2V2-02', 'T2V2-03', 'T2V2-12', 'T2V2-13'],
      addedForDisability: ['T1V1-07'],
      shortfalls: [],
    });
  });

  it('names its method; rules stored before the mix parse without one', () => {
    expect(samplingMethodOf(GD2018_RULES)).toBe(SAMPLING_METHOD);
    expect(samplingMethodOf(GD2018_SURVEY_MIX_RULES)).toBe(SURVEY_MIX_METHOD);
    const stored = JSON.parse(JSON.stringify(GD2018_RULES));
    expect(rulesOf(stored)).toEqual(GD2018_RULES);
    expect(rulesOf(stored).mix).toBeUndefined();
  });
});

describe('stratumCounts', () => {
  const gd = { registeredAbleToWork: 5, nonRegistered: 3, registeredUnableToWork: 2 };
  it('splits 10 at 5 : 3 : 2 as 5, 3, 2 when every stratum has enough', () => {
    expect(stratumCounts(10, gd, [20, 20, 20])).toEqual({ allocated: [5, 3, 2], drawn: [5, 3, 2] });
  });
  it('rounds by largest remainder: 7 at 5 : 3 : 2 is 3.5, 2.1, 1.4 → 4, 2, 1', () => {
    expect(stratumCounts(7, gd, [20, 20, 20]).allocated).toEqual([4, 2, 1]);
  });
  it('gives a tie of remainders to the earlier stratum: 1 at 1 : 1 : 1 → 1, 0, 0', () => {
    expect(stratumCounts(1, { registeredAbleToWork: 1, nonRegistered: 1, registeredUnableToWork: 1 }, [5, 5, 5]).allocated).toEqual([1, 0, 0]);
  });
  it('fills a short stratum from the others in order', () => {
    // able-to-work has 2 of 5: its 3 go to the next stratum with spare (non-registered).
    expect(stratumCounts(10, gd, [2, 20, 20]).drawn).toEqual([2, 6, 2]);
    // no unable-to-work and 1 non-registered: 4 missing, taken by able-to-work (15 spare).
    expect(stratumCounts(10, gd, [20, 1, 0]).drawn).toEqual([9, 1, 0]);
    // non-registered short by 2, able-to-work has no spare: unable-to-work takes them.
    expect(stratumCounts(10, gd, [5, 1, 9]).drawn).toEqual([5, 1, 4]);
  });
  it('takes everything when the village has fewer than n', () => {
    expect(stratumCounts(10, gd, [3, 2, 1]).drawn).toEqual([3, 2, 1]);
  });
  it('never allocates to a stratum whose share is 0', () => {
    expect(stratumCounts(5, { registeredAbleToWork: 1, nonRegistered: 0, registeredUnableToWork: 1 }, [9, 9, 9]).allocated).toEqual([3, 0, 2]);
  });
  it('draws min(n, available) in all, never more than a stratum has', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)), fc.array(fc.nat(40), { minLength: 3, maxLength: 3 }), (n, [a, b, c], available) => {
        fc.pre(a + b + c > 0);
        const { allocated, drawn } = stratumCounts(n, { registeredAbleToWork: a, nonRegistered: b, registeredUnableToWork: c }, available);
        expect(allocated.reduce((x, y) => x + y, 0)).toBe(n);
        expect(drawn.reduce((x, y) => x + y, 0)).toBe(Math.min(n, available.reduce((x, y) => x + y, 0)));
        drawn.forEach((d, k) => expect(d).toBeLessThanOrEqual(available[k]!));
        drawn.forEach((d, k) => expect(d).toBeGreaterThanOrEqual(Math.min(allocated[k]!, available[k]!)));
      }),
    );
  });
});

describe('drawSample with the survey mix', () => {
  /** One town, one designated village: 8 able-to-work registered, 6 non-registered, 1 unable-to-work. */
  function oneVillage(): SamplingFrame {
    const households: FrameHousehold[] = [
      ...Array.from({ length: 8 }, (_, i) => ({ code: `A${i}`, villageCode: 'V1', status: 'PLANNED_EXIT' as const, hasDisabledMember: false, ableToWork: true })),
      ...Array.from({ length: 6 }, (_, i) => ({ code: `N${i}`, villageCode: 'V1', status: 'NON_REGISTERED' as const, hasDisabledMember: false, ableToWork: i % 2 === 0 })),
      { code: 'U0', villageCode: 'V1', status: 'EXITED_THIS_YEAR', hasDisabledMember: true, ableToWork: false },
    ];
    return { villages: [{ code: 'V1', townCode: 'T1', designated: true }], households };
  }

  it('draws 5 : 3 : 2 where it can and fills the unable-to-work shortfall from the able-to-work stratum', () => {
    const result = drawSample('mix', GD2018_SURVEY_MIX_RULES, oneVillage());
    const counts = { A: 0, N: 0, U: 0 } as Record<string, number>;
    for (const code of result.households) counts[code[0]!]!++;
    // allocated 5, 3, 2; only 1 unable-to-work: the missing one comes from able-to-work (first in order).
    expect(counts).toEqual({ A: 6, N: 3, U: 1 });
    expect(result.strata).toEqual([
      { village: 'V1', stratum: 'registeredAbleToWork', allocated: 5, drawn: 6, available: 8 },
      { village: 'V1', stratum: 'nonRegistered', allocated: 3, drawn: 3, available: 6 },
      { village: 'V1', stratum: 'registeredUnableToWork', allocated: 2, drawn: 1, available: 1 },
    ]);
    expect(result.shortfalls).toContainEqual({ level: 'STRATUM', scope: 'V1', needed: 2, available: 1, stratum: 'registeredUnableToWork' });
    expect(result.shortfalls.filter((s) => s.level === 'HOUSEHOLD' || s.level === 'DISABLED')).toEqual([]);
    expect(result.households).toEqual([...result.households].sort());
  });

  it('is reproducible and classifies non-registered households by status alone', () => {
    expect(drawSample('mix', GD2018_SURVEY_MIX_RULES, oneVillage())).toEqual(drawSample('mix', GD2018_SURVEY_MIX_RULES, oneVillage()));
    expect(stratumOf({ status: 'NON_REGISTERED', ableToWork: true })).toBe('nonRegistered');
    expect(stratumOf({ status: 'REGISTERED_POOR', ableToWork: false })).toBe('registeredUnableToWork');
  });

  it('draws each drawn village per stratum in the counts stratumCounts gives, from the frame only', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 12 }), (seed, n) => {
        const frame = pinnedFrame();
        const rules = { ...GD2018_SURVEY_MIX_RULES, householdsPerVillage: n, disabledPerVillage: 0 };
        const result = drawSample(seed, rules, frame);
        const byCode = new Map(frame.households.map((h) => [h.code, h]));
        for (const village of result.villages) {
          const mine = frame.households.filter((h) => h.villageCode === village);
          const available = (['registeredAbleToWork', 'nonRegistered', 'registeredUnableToWork'] as const).map((s) => mine.filter((h) => stratumOf(h) === s).length);
          const expected = stratumCounts(n, rules.mix!, available).drawn;
          const picked = result.households.filter((c) => byCode.get(c)!.villageCode === village).map((c) => byCode.get(c)!);
          expect([
            picked.filter((h) => stratumOf(h) === 'registeredAbleToWork').length,
            picked.filter((h) => stratumOf(h) === 'nonRegistered').length,
            picked.filter((h) => stratumOf(h) === 'registeredUnableToWork').length,
          ]).toEqual(expected);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('refuses shares that are all 0', () => {
    expect(ZSamplingRules.safeParse({ ...GD2018_SURVEY_MIX_RULES, mix: { registeredAbleToWork: 0, nonRegistered: 0, registeredUnableToWork: 0 } }).success).toBe(false);
  });
});
