import { describe, expect, it } from 'vitest';
import { ZCreateIndicatorInput } from '@/modules/indicators/schema';

const base = { campaignId: 'c1', code: 'pr-01', name: '脱贫人数', unit: '人', category: 'POVERTY_REDUCTION', valueType: 'COUNT', weight: '20' };
const issuesOf = (input: object) => ZCreateIndicatorInput.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.code]);

describe('indicator input', () => {
  it('normalises the code to upper case and the weight to two decimals', () => {
    expect(ZCreateIndicatorInput.parse({ ...base, weight: '12.346' })).toMatchObject({ code: 'PR-01', weight: 12.35, verification: null, scoringRule: null, verificationNote: null });
  });

  it('treats an empty weight as missing, not as 0', () => {
    expect(issuesOf({ ...base, weight: '' })).toEqual([['weight', 'invalid_type']]);
  });

  it('refuses weights outside 0–100 and text that is not a number', () => {
    expect(issuesOf({ ...base, weight: '100.5' })).toEqual([['weight', 'too_big']]);
    expect(issuesOf({ ...base, weight: '-1' })).toEqual([['weight', 'too_small']]);
    expect(issuesOf({ ...base, weight: 'abc' })).toEqual([['weight', 'invalid_type']]);
  });

  it('refuses codes with spaces or other characters, and unknown categories', () => {
    expect(issuesOf({ ...base, code: 'PR 01' })).toEqual([['code', 'invalid_format']]);
    expect(issuesOf({ ...base, category: 'OTHER' })).toEqual([['category', 'invalid_value']]);
  });

  it('reads a typed rule and verification from form text', () => {
    const parsed = ZCreateIndicatorInput.parse({
      ...base,
      scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: '100', step: ' 0.1', deductionPerStep: '1' },
      verification: { kind: 'SAMPLE_ESTIMATE', estimate: 'EXIT_ACCURACY', tolerance: '0.5' },
    });
    expect(parsed.scoringRule).toEqual({ kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: 100, step: 0.1, deductionPerStep: 1 });
    expect(parsed.verification).toEqual({ kind: 'SAMPLE_ESTIMATE', estimate: 'EXIT_ACCURACY', tolerance: 0.5 });
  });

  it('names the rule field that is wrong', () => {
    expect(issuesOf({ ...base, scoringRule: { kind: 'LINEAR_TO_TARGET', direction: 'AT_LEAST', target: '100', step: '0', deductionPerStep: '' } })).toEqual([
      ['scoringRule.step', 'too_small'],
      ['scoringRule.deductionPerStep', 'invalid_type'],
    ]);
    expect(issuesOf({ ...base, scoringRule: { kind: 'ZERO_IF', comparison: 'GT', threshold: 'abc' } })).toEqual([['scoringRule.threshold', 'invalid_type']]);
    expect(issuesOf({ ...base, verification: { kind: 'CROSS_CHECK', check: 'OTHER', tolerance: '-1' } })).toEqual([
      ['verification.check', 'invalid_value'],
      ['verification.tolerance', 'too_small'],
    ]);
  });
});
