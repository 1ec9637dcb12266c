// Inclusion probabilities: expectations computed by hand from the rules, and Horvitz–Thompson checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusionProbabilities, stageProbabilities } from '@/modules/sampling/inclusion';
import { drawSample, SAMPLING_METHOD, SURVEY_MIX_METHOD, type FrameHousehold, type SamplingFrame } from '@/modules/sampling/rules';
import { GD2018_RULES, GD2018_SURVEY_MIX_RULES, type SamplingRules } from '@/modules/sampling/schema';

type Spec = { towns: number; villages: number; households: number; designated?: (t: number, v: number) => boolean; household?: (t: number, v: number, i: number) => Partial<FrameHousehold> };

function uniformFrame(spec: Spec): SamplingFrame {
  const frame: SamplingFrame = { villages: [], households: [] };
  for (let t = 0; t < spec.towns; t++) {
    for (let v = 0; v < spec.villages; v++) {
      const code = `T${t}V${v}`;
      frame.villages.push({ code, townCode: `T${t}`, designated: spec.designated?.(t, v) ?? true });
      for (let i = 0; i < spec.households; i++) {
        frame.households.push({ code: `${code}-${String(i).padStart(3, '0')}`, villageCode: code, status: 'PLANNED_EXIT', hasDisabledMember: false, ableToWork: true, ...spec.household?.(t, v, i) });
      }
    }
  }
  return frame;
}

const noDisabled: SamplingRules = { ...GD2018_RULES, disabledPerVillage: 0 };
const piOf = (method: string, rules: SamplingRules, frame: SamplingFrame, seed = 'seed') =>
  inclusionProbabilities({ method, rules, frame, result: drawSample(seed, rules, frame) });

describe('inclusionProbabilities, by hand', () => {
  it('2 towns of 4, 2 villages of 3, 10 of 25 households: 2/4 · 2/3 · 10/25 for each of the 40', () => {
    const pi = piOf(SAMPLING_METHOD, noDisabled, uniformFrame({ towns: 4, villages: 3, households: 25 }));
    expect(pi.size).toBe(40);
    for (const p of pi.values()) expect(p).toBeCloseTo((2 / 4) * (2 / 3) * (10 / 25), 12);
  });

  it('counts only the frame statuses: 25 households of which 20 planned exit → 10/20', () => {
    const frame = uniformFrame({ towns: 2, villages: 2, households: 25, household: (_t, _v, i) => ({ status: i < 20 ? 'PLANNED_EXIT' : 'REGISTERED_POOR' }) });
    for (const p of piOf(SAMPLING_METHOD, noDisabled, frame).values()) expect(p).toBeCloseTo(1 * 1 * (10 / 20), 12);
  });

  it('survey mix: each stratum its own share; 12 able / 8 non-registered / 5 unable in a village → 5/12, 3/8, 2/5', () => {
    const frame = uniformFrame({
      towns: 2, villages: 3, households: 25,
      household: (_t, _v, i) => (i < 12 ? { status: 'PLANNED_EXIT', ableToWork: true } : i < 20 ? { status: 'NON_REGISTERED' } : { status: 'REGISTERED_POOR', ableToWork: false }),
    });
    const rules = { ...GD2018_SURVEY_MIX_RULES, disabledPerVillage: 0 };
    const result = drawSample('mix', rules, frame);
    const pi = inclusionProbabilities({ method: SURVEY_MIX_METHOD, rules, frame, result });
    expect(pi.size).toBe(40);
    for (const [code, p] of pi) {
      const i = Number(code.slice(-3));
      const household = i < 12 ? 5 / 12 : i < 20 ? 3 / 8 : 2 / 5;
      expect(p).toBeCloseTo(1 * (2 / 3) * household, 12);
    }
  });

  it('survey mix with a short stratum: 1 unable-to-work household, its shortfall taken by the able → 6/14, 3/10, 1/1', () => {
    const frame = uniformFrame({
      towns: 1, villages: 1, households: 25,
      household: (_t, _v, i) => (i < 14 ? { status: 'EXITED_THIS_YEAR', ableToWork: true } : i < 24 ? { status: 'NON_REGISTERED' } : { status: 'PLANNED_EXIT', ableToWork: false }),
    });
    const rules = { ...GD2018_SURVEY_MIX_RULES, disabledPerVillage: 0 };
    const pi = piOf(SURVEY_MIX_METHOD, rules, frame);
    expect([...pi.values()].sort()).toEqual([...Array(3).fill(3 / 10), ...Array(6).fill(6 / 14), 1].sort());
  });

  it('designated-first villages: picked / candidates of the town (documented approximation)', () => {
    // Town with 1 designated and 2 other villages; the rules want 2: designated + the largest other.
    const frame = uniformFrame({ towns: 1, villages: 3, households: 20, designated: (_t, v) => v === 0 });
    for (const p of stageProbabilities({ method: SAMPLING_METHOD, rules: noDisabled, frame, result: drawSample('s', noDisabled, frame) }).values()) {
      expect(p).toEqual({ town: 1, village: 2 / 3, household: 10 / 20 });
    }
  });

  it('a household added for the disabled-member rule: p + (1 − p) · added / disabled left', () => {
    // One village, 20 households, only household 7 has a disabled member; 10 drawn, 1 disabled wanted.
    const frame = uniformFrame({ towns: 1, villages: 1, households: 20, household: (_t, _v, i) => ({ hasDisabledMember: i === 7 }) });
    const rules = { ...GD2018_RULES, disabledPerVillage: 1 };
    // Find a seed whose main draw misses household 7, so it is added.
    const seed = Array.from({ length: 50 }, (_, i) => `s${i}`).find((s) => drawSample(s, rules, frame).addedForDisability.length === 1)!;
    const pi = piOf(SAMPLING_METHOD, rules, frame, seed);
    expect(pi.get('T0V0-007')).toBe(1); // 1/2 + 1/2 · 1/1: with one disabled household it is always in
    expect(pi.get([...pi.keys()].find((c) => c !== 'T0V0-007')!)).toBe(10 / 20);
  });

  it('refuses a method it does not know', () => {
    const frame = uniformFrame({ towns: 1, villages: 1, households: 3 });
    expect(() => inclusionProbabilities({ method: 'made-up-v9', rules: GD2018_RULES, frame, result: drawSample('s', GD2018_RULES, frame) })).toThrow(/Unknown/);
  });
});

const arbFrame = fc
  .array(
    fc.record({
      villages: fc.array(
        fc.record({
          designated: fc.boolean(),
          households: fc.array(
            fc.record({ status: fc.constantFrom('PLANNED_EXIT', 'REGISTERED_POOR', 'EXITED_THIS_YEAR', 'NON_REGISTERED' as const), disabled: fc.constantFrom(false, false, false, true), able: fc.boolean() }),
            { maxLength: 30 },
          ),
        }),
        { maxLength: 5 },
      ),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((towns): SamplingFrame => {
    const frame: SamplingFrame = { villages: [], households: [] };
    towns.forEach((town, t) =>
      town.villages.forEach((village, v) => {
        const code = `T${t}V${v}`;
        frame.villages.push({ code, townCode: `T${t}`, designated: village.designated });
        village.households.forEach((h, i) => frame.households.push({ code: `${code}-${String(i).padStart(3, '0')}`, villageCode: code, status: h.status, hasDisabledMember: h.disabled, ableToWork: h.able }));
      }),
    );
    return frame;
  });

const arbRules = fc.record({
  townsPerCounty: fc.integer({ min: 1, max: 4 }),
  villagesPerTown: fc.integer({ min: 1, max: 4 }),
  householdsPerVillage: fc.integer({ min: 1, max: 15 }),
  disabledPerVillage: fc.integer({ min: 0, max: 2 }),
  mix: fc.option(fc.record({ registeredAbleToWork: fc.integer({ min: 1, max: 6 }), nonRegistered: fc.nat(4), registeredUnableToWork: fc.nat(4) }), { nil: undefined }),
}).map((r): SamplingRules => ({ ...GD2018_RULES, ...r, householdStatuses: ['PLANNED_EXIT', 'REGISTERED_POOR', 'EXITED_THIS_YEAR', 'NON_REGISTERED'] }));

const methodOf = (rules: SamplingRules) => (rules.mix ? SURVEY_MIX_METHOD : SAMPLING_METHOD);

describe('inclusionProbabilities, properties', () => {
  it('gives every sampled household a probability in (0, 1]', () => {
    fc.assert(
      fc.property(arbFrame, arbRules, fc.string({ maxLength: 6 }), (frame, rules, seed) => {
        const result = drawSample(seed, rules, frame);
        const pi = inclusionProbabilities({ method: methodOf(rules), rules, frame, result });
        expect([...pi.keys()].sort()).toEqual([...result.households].sort());
        for (const p of pi.values()) {
          expect(p).toBeGreaterThan(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('within each drawn village, Σ 1/π(household | village) is exactly the village frame size (no disabled rule)', () => {
    fc.assert(
      fc.property(arbFrame, arbRules, fc.string({ maxLength: 6 }), (frame, anyRules, seed) => {
        const rules = { ...anyRules, disabledPerVillage: 0 };
        const result = drawSample(seed, rules, frame);
        const stages = stageProbabilities({ method: methodOf(rules), rules, frame, result });
        for (const village of result.villages) {
          const size = frame.households.filter((h) => h.villageCode === village).length;
          const sampled = [...stages].filter(([code]) => code.startsWith(`${village}-`));
          const ht = sampled.reduce((sum, [, p]) => sum + 1 / p.household, 0);
          // Survey mix: a stratum with households but none drawn (a 0 share, or rounded to 0) gives them no chance.
          const strataCovered = !rules.mix || sampledStrataCoverFrame(frame, village, sampled.map(([c]) => c));
          if (strataCovered) expect(ht).toBeCloseTo(size, 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Σ 1/π over the sample is the frame size when every stage takes a fixed number of equal-sized units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 30 }), arbRules, fc.string({ maxLength: 6 }),
        (towns, villages, households, anyRules, seed) => {
          const rules = { ...anyRules, disabledPerVillage: 0, mix: undefined };
          const frame = uniformFrame({ towns, villages, households });
          const pi = piOf(SAMPLING_METHOD, rules, frame, seed);
          const ht = [...pi.values()].reduce((sum, p) => sum + 1 / p, 0);
          expect(ht).toBeCloseTo(towns * villages * households, 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Survey mix: Σ 1/π reaches the village size only when every stratum with households had one drawn. */
function sampledStrataCoverFrame(frame: SamplingFrame, village: string, sampled: string[]): boolean {
  const key = (h: FrameHousehold) => (h.status === 'NON_REGISTERED' ? 'N' : h.ableToWork ? 'A' : 'U');
  const all = new Set(frame.households.filter((h) => h.villageCode === village).map(key));
  const byCode = new Map(frame.households.map((h) => [h.code, h]));
  const drawn = new Set(sampled.map((c) => key(byCode.get(c)!)));
  return [...all].every((s) => drawn.has(s));
}
