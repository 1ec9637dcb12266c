import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RESULTS_CONFIG } from '@/modules/results/config';
import type { ScoringRule } from '@/modules/scoring/rule-schema';
import { gradeOf, scoreAssessment, scoreValue, type ScoringInput } from '@/modules/scoring/rules';

const LINEAR: ScoringRule = { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: 100, step: 0.1, deductionPerStep: 1 };

describe('scoreValue: hand-computed cases', () => {
  // [rule, weight, value, expected score] worked out on paper from the rule's wording.
  const cases: [string, ScoringRule, number, number | null, number | null][] = [
    ['at target', LINEAR, 15, 100, 15],
    ['above target', LINEAR, 15, 100.5, 15],
    ['0.3 pp short: 3 steps, binary fraction trap', LINEAR, 15, 99.7, 12],
    ['0.25 pp short: 2 whole steps', LINEAR, 15, 99.75, 13],
    ['far short: never below 0', LINEAR, 15, 90, 0],
    ['AT_MOST: 1.3 over a 1.0 target, 0.5 per 0.1', { kind: 'LINEAR_TO_TARGET', direction: 'AT_MOST', target: 1, step: 0.1, deductionPerStep: 0.5 }, 10, 1.3, 8.5],
    ['ZERO_IF GT 1: 0.32 keeps full weight', { kind: 'ZERO_IF', comparison: 'GT', threshold: 1 }, 15, 0.32, 15],
    ['ZERO_IF GT 1: 1.01 scores 0', { kind: 'ZERO_IF', comparison: 'GT', threshold: 1 }, 15, 1.01, 0],
    ['ZERO_IF LT 90: exactly 90 keeps weight', { kind: 'ZERO_IF', comparison: 'LT', threshold: 90 }, 10, 90, 10],
    ['ZERO_IF GTE 5', { kind: 'ZERO_IF', comparison: 'GTE', threshold: 5 }, 10, 5, 0],
    ['ratio 92/95 of 10', { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 95 }, 10, 92, (10 * 92) / 95],
    ['ratio capped at weight', { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 95 }, 10, 99, 10],
    ['ratio AT_MOST 2/4 of 10', { kind: 'RATIO_OF_TARGET', direction: 'AT_MOST', target: 2 }, 10, 4, 5],
    ['manual has no value score', { kind: 'MANUAL' }, 10, 50, null],
    ['missing value', LINEAR, 10, null, null],
  ];
  it.each(cases)('%s', (_name, rule, weight, value, expected) => {
    const got = scoreValue(rule, weight, value);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });
});

const indicator = (id: string, category: ScoringInput['indicators'][number]['category'], weight: number, rule: ScoringRule | null) => ({ id, code: id.toUpperCase(), name: id, category, weight, rule });

describe('scoreAssessment', () => {
  const base: ScoringInput = {
    indicators: [
      indicator('pr3', 'POVERTY_REDUCTION', 40, { kind: 'ZERO_IF', comparison: 'GT', threshold: 1 }),
      indicator('ia1', 'IDENTIFICATION_ACCURACY', 30, LINEAR),
      indicator('ta2', 'TARGETED_ASSISTANCE', 20, { kind: 'RATIO_OF_TARGET', direction: 'AT_LEAST', target: 95 }),
      indicator('m', 'CUSTOM', 10, { kind: 'MANUAL' }),
    ],
    reported: { pr3: 0.32, ia1: 100, ta2: 96 },
    verified: { ia1: 99.6, ta2: 91.2 },
    manual: { m: { score: 7.5, reason: '资料齐全，个别台账缺失' } },
    findings: [
      { indicatorId: 'ia1', category: 'IDENTIFICATION_ACCURACY', severity: 'SERIOUS', status: 'CONFIRMED' },
      { indicatorId: null, category: 'POVERTY_REDUCTION', severity: 'GENERAL', status: 'ISSUED' },
      { indicatorId: 'ta2', category: 'TARGETED_ASSISTANCE', severity: 'CRITICAL', status: 'WITHDRAWN' },
      { indicatorId: 'ta2', category: 'TARGETED_ASSISTANCE', severity: 'CRITICAL', status: 'DRAFT' },
    ],
    config: DEFAULT_RESULTS_CONFIG,
  };

  it('scores a hand-computed sheet', () => {
    const sheet = scoreAssessment(base);
    // pr3: 40 − 0.5 (general finding without indicator → first POVERTY_REDUCTION indicator) = 39.5 on both sides.
    // ia1: reported 30 − 1 = 29; verified 0.4 pp short = 4 steps → 26 − 1 = 25.
    // ta2: reported 20 (96 ≥ 95); verified 20 × 91.2 / 95 = 19.2; withdrawn and draft findings deduct nothing.
    // m: manual 7.5 both sides.
    expect(sheet.indicators.map((i) => [i.code, i.reportedScore, i.verifiedScore, i.deduction])).toEqual([
      ['PR3', 40, 40, 0.5],
      ['IA1', 30, 26, 1],
      ['TA2', 20, 19.2, 0],
      ['M', 7.5, 7.5, 0],
    ]);
    expect(sheet.totalReported).toBe(39.5 + 29 + 20 + 7.5);
    expect(sheet.totalVerified).toBe(39.5 + 25 + 19.2 + 7.5);
    expect(sheet.gradeReported).toBe('EXCELLENT');
    expect(sheet.gradeVerified).toBe('EXCELLENT');
    expect(sheet.sections.map((s) => [s.section, s.weight, s.reported, s.verified])).toEqual([
      ['POVERTY_REDUCTION', 40, 39.5, 39.5],
      ['IDENTIFICATION_ACCURACY', 30, 29, 25],
      ['TARGETED_ASSISTANCE', 20, 20, 19.2],
      ['CUSTOM', 10, 7.5, 7.5],
    ]);
    expect(sheet.indicators[3]!.manualReason).toBe('资料齐全，个别台账缺失');
  });

  it('grades by the campaign cut-offs, a cut-off itself included', () => {
    const grades = { EXCELLENT: 90, GOOD: 80, FAIR: 70 };
    expect([100, 90, 89.99, 80, 79.99, 70, 69.99, 0].map((t) => gradeOf(t, grades))).toEqual(['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD', 'FAIR', 'FAIR', 'POOR', 'POOR']);
  });

  it('caps deductions per indicator and never goes below 0', () => {
    const critical = Array.from({ length: 6 }, () => ({ indicatorId: 'ia1', category: 'IDENTIFICATION_ACCURACY' as const, severity: 'CRITICAL' as const }));
    const sheet = scoreAssessment({ ...base, findings: critical, reported: { ...base.reported, ia1: 97 } });
    const ia1 = sheet.indicators.find((i) => i.code === 'IA1')!;
    expect(ia1.deduction).toBe(5); // 6 × 2 capped at 5
    expect(ia1.reportedScore).toBe(0); // 30 steps short
    expect(sheet.sections.find((s) => s.section === 'IDENTIFICATION_ACCURACY')!.reported).toBe(0);
  });

  it('an indicator without a rule or a value scores nothing', () => {
    const sheet = scoreAssessment({ ...base, indicators: [indicator('x', 'CUSTOM', 10, null), indicator('y', 'CUSTOM', 10, LINEAR)], reported: {}, verified: {}, findings: [] });
    expect(sheet.indicators.map((i) => i.reportedScore)).toEqual([null, null]);
    expect(sheet.totalReported).toBe(0);
    expect(sheet.gradeReported).toBe('POOR');
  });
});

const arbRule: fc.Arbitrary<ScoringRule> = fc.oneof(
  fc.record({ kind: fc.constant('LINEAR_TO_TARGET' as const), direction: fc.constantFrom('AT_LEAST' as const, 'AT_MOST' as const), target: fc.double({ min: -1e6, max: 1e6, noNaN: true }), step: fc.double({ min: 0.001, max: 1000, noNaN: true }), deductionPerStep: fc.double({ min: 0, max: 100, noNaN: true }) }),
  fc.record({ kind: fc.constant('ZERO_IF' as const), comparison: fc.constantFrom('LT' as const, 'LTE' as const, 'GT' as const, 'GTE' as const), threshold: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }),
  fc.record({ kind: fc.constant('RATIO_OF_TARGET' as const), direction: fc.constantFrom('AT_LEAST' as const, 'AT_MOST' as const), target: fc.double({ min: 0.001, max: 1e6, noNaN: true }) }),
);
const arbValue = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const arbWeight = fc.double({ min: 0, max: 100, noNaN: true });

describe('properties', () => {
  it('a score stays within [0, weight]', () => {
    fc.assert(fc.property(arbRule, arbWeight, arbValue, (rule, weight, value) => {
      const s = scoreValue(rule, weight, value)!;
      return s >= 0 && s <= weight;
    }));
  });

  it('LINEAR_TO_TARGET and RATIO_OF_TARGET are monotone in the value', () => {
    const monotone = arbRule.filter((r) => r.kind === 'LINEAR_TO_TARGET' || r.kind === 'RATIO_OF_TARGET');
    fc.assert(fc.property(monotone, arbWeight, arbValue, arbValue, (rule, weight, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const sLo = scoreValue(rule, weight, lo)!;
      const sHi = scoreValue(rule, weight, hi)!;
      const up = 'direction' in rule && rule.direction === 'AT_LEAST';
      return up ? sLo <= sHi : sLo >= sHi;
    }));
  });

  const arbInput = fc.array(fc.tuple(arbRule, fc.integer({ min: 1, max: 20 }), arbValue, fc.option(arbValue, { nil: null }), fc.constantFrom('POVERTY_REDUCTION' as const, 'FUND_MANAGEMENT' as const, 'CUSTOM' as const)), { minLength: 1, maxLength: 8 })
    .chain((rows) => fc.tuple(fc.constant(rows), fc.array(fc.tuple(fc.nat(rows.length - 1), fc.constantFrom('GENERAL' as const, 'SERIOUS' as const, 'CRITICAL' as const)), { maxLength: 10 })))
    .map(([rows, findings]): ScoringInput => {
      // Scale weights to sum to 100 (two decimals, as stored), the last one taking the rounding remainder.
      const raw = rows.map((r) => r[1]);
      const sum = raw.reduce((a, b) => a + b, 0);
      const weights = raw.map((w) => Math.floor((w / sum) * 10000) / 100);
      weights[weights.length - 1] = Math.round((100 - weights.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
      const indicators = rows.map((r, i) => indicator(`i${i}`, r[4], weights[i]!, r[0]));
      return {
        indicators,
        reported: Object.fromEntries(rows.map((r, i) => [`i${i}`, r[2]])),
        verified: Object.fromEntries(rows.map((r, i) => [`i${i}`, r[3]])),
        manual: {},
        findings: findings.map(([i, severity]) => ({ indicatorId: `i${i}`, category: indicators[i]!.category, severity })),
        config: DEFAULT_RESULTS_CONFIG,
      };
    });

  it('the total stays within [0, 100] when weights sum to 100, and each section within its weight', () => {
    fc.assert(fc.property(arbInput, (input) => {
      const sheet = scoreAssessment(input);
      return [sheet.totalReported, sheet.totalVerified].every((t) => t >= 0 && t <= 100) &&
        sheet.sections.every((s) => s.reported >= 0 && s.reported <= s.weight + 1e-9 && s.verified <= s.weight + 1e-9);
    }));
  });

  it('the same input gives the same sheet', () => {
    fc.assert(fc.property(arbInput, (input) => {
      const copy = structuredClone(input);
      expect(scoreAssessment(copy)).toEqual(scoreAssessment(input));
    }));
  });
});
