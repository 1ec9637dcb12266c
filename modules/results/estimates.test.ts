import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateProportion, intraClusterCorrelation, rateVerdict, wilsonInterval, type EstimateUnit } from '@/modules/results/estimates';
import type { ProportionEstimate } from '@/modules/results/snapshot';
import oracle from '@/modules/results/estimates-oracle.json';

// The oracle table is written by scripts/bench/wilson-oracle.py, an independent computation of the same formulas.
describe('estimates against the independent oracle (scripts/bench/wilson-oracle.py)', () => {
  it.each(oracle.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const got = estimateProportion(row.units)!;
    const e = row.expected;
    expect(got.n).toBe(e.n);
    expect(got.events).toBe(e.events);
    expect(got.clusters).toBe(e.clusters);
    for (const key of ['estimate', 'designEffectClustering', 'designEffectWeights', 'designEffect', 'effectiveN', 'lower', 'upper'] as const) {
      expect(got[key], key).toBeCloseTo(e[key], 9);
    }
  });

  it('the textbook case: 10 of 40, Wilson 95 % = [0.1419, 0.4019]', () => {
    const { lower, upper } = wilsonInterval(0.25, 40);
    expect(lower).toBeCloseTo(0.1419, 4);
    expect(upper).toBeCloseTo(0.4019, 4);
  });
});

const unitArb = fc.record({ cluster: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), weight: fc.double({ min: 1, max: 500, noNaN: true }), event: fc.boolean() });
const unitsArb = fc.array(unitArb, { minLength: 1, maxLength: 80 });

describe('estimate properties', () => {
  it('every interval contains its estimate and lies in [0, 1]; every design effect is ≥ 1; n_eff ≤ n', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const e = estimateProportion(units)!;
        expect(e.lower).toBeGreaterThanOrEqual(0);
        expect(e.upper).toBeLessThanOrEqual(1);
        expect(e.lower).toBeLessThanOrEqual(e.estimate);
        expect(e.estimate).toBeLessThanOrEqual(e.upper);
        expect(e.designEffect).toBeGreaterThanOrEqual(1);
        expect(e.designEffectClustering).toBeGreaterThanOrEqual(1);
        expect(e.designEffectWeights).toBeGreaterThanOrEqual(1);
        expect(e.effectiveN).toBeLessThanOrEqual(e.n + 1e-9);
      }),
    );
  });

  it('the interval narrows as n grows at a fixed proportion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 2, max: 10 }), (events, extra, factor) => {
        const n = events + extra;
        const small = wilsonInterval(events / n, n);
        const large = wilsonInterval(events / n, n * factor);
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });

  it('equal weights and one unit per cluster give design effect 1 and the plain Wilson interval', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 200 }), fc.double({ min: 0.5, max: 1000, noNaN: true }), (events, weight) => {
        const units: EstimateUnit[] = events.map((event, i) => ({ cluster: `v${i}`, weight, event }));
        const e = estimateProportion(units)!;
        const p = events.filter(Boolean).length / events.length;
        expect(e.designEffect).toBeCloseTo(1, 12);
        expect(e.effectiveN).toBeCloseTo(events.length, 9);
        const plain = wilsonInterval(p, events.length);
        expect(e.lower).toBeCloseTo(plain.lower, 12);
        expect(e.upper).toBeCloseTo(plain.upper, 12);
      }),
    );
  });

  it('the correlation is 0 for events spread evenly and 1 for whole villages with or without the event', () => {
    expect(intraClusterCorrelation([{ size: 10, events: 1 }, { size: 10, events: 1 }])).toBe(0);
    expect(intraClusterCorrelation([{ size: 10, events: 10 }, { size: 10, events: 0 }])).toBeCloseTo(1, 12);
  });

  it('no units: no estimate; non-positive weights are refused', () => {
    expect(estimateProportion([])).toBeNull();
    expect(() => estimateProportion([{ cluster: 'a', weight: 0, event: true }])).toThrow(RangeError);
  });
});

describe('rate verdict', () => {
  const est = (lower: number, upper: number): ProportionEstimate => ({
    n: 40, events: 1, clusters: 4, estimate: (lower + upper) / 2, lower, upper, effectiveN: 40, designEffect: 1, designEffectClustering: 1, designEffectWeights: 1,
  });
  const below = { comparison: 'BELOW', value: 0.02 } as const;
  const atLeast = { comparison: 'AT_LEAST', value: 0.9 } as const;
  it('below a threshold: pass, fail, inconclusive', () => {
    expect(rateVerdict(est(0, 0.019), below)).toBe('PASS');
    expect(rateVerdict(est(0.02, 0.1), below)).toBe('FAIL');
    expect(rateVerdict(est(0, 0.0876), below)).toBe('INCONCLUSIVE');
  });
  it('at least a threshold: pass, fail, inconclusive', () => {
    expect(rateVerdict(est(0.9, 0.99), atLeast)).toBe('PASS');
    expect(rateVerdict(est(0.6, 0.899), atLeast)).toBe('FAIL');
    expect(rateVerdict(est(0.85, 0.97), atLeast)).toBe('INCONCLUSIVE');
  });
  it('no data', () => {
    expect(rateVerdict(null, below)).toBe('NO_DATA');
  });
});
