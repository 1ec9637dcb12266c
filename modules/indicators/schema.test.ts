import { describe, expect, it } from 'vitest';
import { ZCreateIndicatorInput } from '@/modules/indicators/schema';

const base = { campaignId: 'c1', code: 'pr-01', name: '脱贫人数', unit: '人', category: 'POVERTY_REDUCTION', valueType: 'COUNT', weight: '20' };
const issuesOf = (input: object) => ZCreateIndicatorInput.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.code]);

describe('indicator input', () => {
  it('normalises the code to upper case and the weight to two decimals', () => {
    expect(ZCreateIndicatorInput.parse({ ...base, weight: '12.346' })).toMatchObject({ code: 'PR-01', weight: 12.35, verificationMethod: null });
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
});
