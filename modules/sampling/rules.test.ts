import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/modules/draws/prng';
import { countyShortfall, drawSample, systematicPick, type FrameHousehold, type SamplingFrame } from '@/modules/sampling/rules';
import { GD2018_RULES, rulesOf } from '@/modules/sampling/schema';

type TownSpec = { villages: { designated: boolean; households: { planned: boolean; disabled: boolean }[] }[] };

function frameOf(towns: TownSpec[]): SamplingFrame {
  const frame: SamplingFrame = { villages: [], households: [] };
  towns.forEach((town, t) => {
    town.villages.forEach((village, v) => {
      const code = `T${t}V${String(v).padStart(2, '0')}`;
      frame.villages.push({ code, townCode: `T${t}`, designated: village.designated });
      village.households.forEach((h, i) => {
        frame.households.push({
          code: `${code}-${String(i).padStart(4, '0')}`,
          villageCode: code,
          status: h.planned ? 'PLANNED_EXIT' : 'REGISTERED_POOR',
          hasDisabledMember: h.disabled,
        });
      });
    });
  });
  return frame;
}

const arbFrame = fc
  .array(
    fc.record({
      villages: fc.array(
        fc.record({
          designated: fc.boolean(),
          households: fc.array(fc.record({ planned: fc.boolean(), disabled: fc.constantFrom(false, false, false, true) }), { maxLength: 40 }),
        }),
        { maxLength: 5 },
      ),
    }),
    { maxLength: 5 },
  )
  .map(frameOf);

const full = (designated: boolean, n: number, disabledAt: number[] = []) => ({
  designated,
  households: Array.from({ length: n }, (_, i) => ({ planned: true, disabled: disabledAt.includes(i) })),
});

describe('systematicPick', () => {
  it('picks n distinct items at a fixed interval from a random start', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const picked = systematicPick(items, 10, createRng('interval'));
    expect(new Set(picked).size).toBe(10);
    const gaps = picked.slice(1).map((x, i) => x - picked[i]!);
    expect(gaps).toEqual(Array(9).fill(10));
    expect(picked[0]).toBeLessThan(10);
  });

  it('takes everything when asked for as many or more', () => {
    expect(systematicPick([1, 2, 3], 5, createRng('x'))).toEqual([1, 2, 3]);
    expect(systematicPick([], 2, createRng('x'))).toEqual([]);
  });
});

describe('drawSample', () => {
  it('meets every "at least" of the 2018 rules on a roster that has enough', () => {
    const towns: TownSpec[] = [0, 1, 2].map(() => ({ villages: [full(true, 30, [7]), full(true, 25, [3]), full(false, 50)] }));
    const result = drawSample('seed-1', GD2018_RULES, frameOf(towns));
    expect(result.towns).toHaveLength(2);
    expect(result.villages).toHaveLength(4);
    for (const v of result.villages) {
      expect(v).toMatch(/V0[01]$/); // designated villages first
      const mine = result.households.filter((h) => h.startsWith(`${v}-`));
      expect(mine.length).toBeGreaterThanOrEqual(10);
      expect(mine.some((h) => h.endsWith(v.endsWith('V00') ? '-0007' : '-0003'))).toBe(true);
    }
    expect(result.shortfalls).toEqual([]);
  });

  it('takes all and reports the shortfall where a level has too few', () => {
    const result = drawSample('s', GD2018_RULES, frameOf([{ villages: [full(false, 4)] }]));
    expect(result.households).toHaveLength(4);
    expect(result.shortfalls).toEqual([
      { level: 'TOWN', scope: '', needed: 2, available: 1 },
      { level: 'VILLAGE', scope: 'T0', needed: 2, available: 1 },
      { level: 'HOUSEHOLD', scope: 'T0V00', needed: 10, available: 4 },
      { level: 'DISABLED', scope: 'T0V00', needed: 1, available: 0 },
    ]);
  });

  it('fills up with the largest non-designated villages when a town has too few designated ones', () => {
    const result = drawSample('s', { ...GD2018_RULES, townsPerCounty: 1 }, frameOf([{ villages: [full(false, 12), full(true, 12), full(false, 30)] }]));
    expect(result.villages).toEqual(['T0V01', 'T0V02']);
  });

  it('gives the same sample for the same seed and (almost always) another for another seed', () => {
    const frame = frameOf([0, 1, 2, 3].map(() => ({ villages: [full(true, 60, [5, 40]), full(true, 60), full(true, 60)] })));
    expect(drawSample('a', GD2018_RULES, frame)).toEqual(drawSample('a', GD2018_RULES, frame));
    const others = ['b', 'c', 'd', 'e'].filter((s) => JSON.stringify(drawSample(s, GD2018_RULES, frame)) !== JSON.stringify(drawSample('a', GD2018_RULES, frame)));
    expect(others.length).toBeGreaterThanOrEqual(3);
  });

  it('does not depend on the order the roster comes in', () => {
    const frame = frameOf([{ villages: [full(true, 40, [1]), full(true, 33)] }, { villages: [full(true, 21, [20])] }]);
    const reversed = { villages: [...frame.villages].reverse(), households: [...frame.households].reverse() };
    expect(drawSample('order', GD2018_RULES, reversed)).toEqual(drawSample('order', GD2018_RULES, frame));
  });

  it('holds the rules on any roster (property)', () => {
    fc.assert(
      fc.property(arbFrame, fc.string(), (frame, seed) => {
        const result = drawSample(seed, GD2018_RULES, frame);
        const planned = frame.households.filter((h) => h.status === 'PLANNED_EXIT');
        const byVillage = (v: string, list: FrameHousehold[]) => list.filter((h) => h.villageCode === v);
        const towns = new Set(planned.map((h) => frame.villages.find((v) => v.code === h.villageCode)!.townCode));
        expect(result.towns.length).toBe(Math.min(2, towns.size));
        expect(new Set(result.households).size).toBe(result.households.length);
        for (const town of result.towns) {
          const withFrame = frame.villages.filter((v) => v.townCode === town && byVillage(v.code, planned).length > 0);
          const picked = result.villages.filter((v) => withFrame.some((w) => w.code === v));
          expect(picked.length).toBe(Math.min(2, withFrame.length));
          const designated = withFrame.filter((v) => v.designated).length;
          expect(picked.filter((v) => withFrame.find((w) => w.code === v)!.designated).length).toBe(Math.min(2, designated));
        }
        for (const village of result.villages) {
          const frameHh = byVillage(village, planned);
          const picked = frameHh.filter((h) => result.households.includes(h.code));
          expect(picked.length).toBeGreaterThanOrEqual(Math.min(10, frameHh.length));
          if (frameHh.some((h) => h.hasDisabledMember)) expect(picked.some((h) => h.hasDisabledMember)).toBe(true);
        }
        expect(drawSample(seed, GD2018_RULES, frame)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rules', () => {
  it('falls back to the 2018 default when nothing valid is stored', () => {
    expect(rulesOf(null)).toEqual(GD2018_RULES);
    expect(rulesOf({ townsPerCounty: 'many' })).toEqual(GD2018_RULES);
    expect(rulesOf({ ...GD2018_RULES, townsPerCounty: 3 }).townsPerCounty).toBe(3);
  });

  it('counts the counties still missing for the county rule', () => {
    expect(countyShortfall(GD2018_RULES, 0, 8)).toBe(2);
    expect(countyShortfall(GD2018_RULES, 2, 8)).toBe(0);
    expect(countyShortfall(GD2018_RULES, 0, 1)).toBe(1);
  });
});
