import { describe, expect, it } from 'vitest';
import { draftPayload, validateDraftForm } from '@/components/reports/draft-payload';
import type { DraftForm } from '@/components/reports/draft-form';

const indicators = [
  { id: 'people', valueType: 'COUNT' as const },
  { id: 'rate', valueType: 'PERCENT' as const },
];
const form = (patch: Partial<DraftForm> = {}): DraftForm => ({ values: {}, sources: {}, narrative: {}, details: {}, county: {}, scope: [], ...patch });
const t = (key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ''}`;

describe('validateDraftForm', () => {
  it('reports each invalid figure and detail under its form path', () => {
    const errors = validateDraftForm(
      form({ values: { 'people.CUMULATIVE': '1.5', 'rate.BASELINE': '120', 'rate.THIS_YEAR': '3' }, details: { countyTeams: 'x' } }),
      indicators,
      'PAIRED_ASSISTANCE',
      t,
    );
    expect(errors).toEqual({
      'values.people.CUMULATIVE': ['reports.valueErrors.notWhole'],
      'values.rate.BASELINE': ['reports.valueErrors.percentRange'],
      'details.countyTeams': ['reports.valueErrors.notNumber'],
    });
  });

  it('ignores details on a work report', () => {
    expect(validateDraftForm(form({ details: { countyTeams: 'x' } }), indicators, 'WORK', t)).toEqual({});
  });
});

describe('draftPayload', () => {
  it('sends every figure the form shows, empty ones as null, with the indicator’s source', () => {
    const payload = draftPayload('r1', 'WORK', indicators, form({ values: { 'people.CUMULATIVE': ' 83,000 ' }, sources: { people: '台账' } }), 4);
    expect(payload).toEqual({
      reportId: 'r1',
      version: 4,
      narrative: {},
      values: [
        { indicatorId: 'people', period: 'CUMULATIVE', value: '83,000', source: '台账' },
        { indicatorId: 'people', period: 'THIS_YEAR', value: null, source: '台账' },
        { indicatorId: 'rate', period: 'BASELINE', value: null, source: null },
        { indicatorId: 'rate', period: 'CUMULATIVE', value: null, source: null },
        { indicatorId: 'rate', period: 'THIS_YEAR', value: null, source: null },
      ],
    });
  });

  it('adds details and scope for a paired-assistance report', () => {
    const payload = draftPayload('r1', 'PAIRED_ASSISTANCE', [], form({ details: { countyTeams: '3' }, scope: ['a'] }), 1);
    expect(payload.scope).toEqual(['a']);
    expect(payload.details).toMatchObject({ countyTeams: '3', villageTeams: null });
  });

  it('checks and sends every per-county slot shown, empty figures as not reported', () => {
    const slots = [{ helperRegionId: 'zs', countyId: 'hj' }];
    const bad = form({ county: { 'zs.hj.fundsGiven': '-1', 'zs.hj.staffStationed': '7' } });
    expect(validateDraftForm(bad, [], 'WORK', t, slots)).toEqual({ 'county.zs.hj.fundsGiven': ['reports.valueErrors.negative'] });
    const payload = draftPayload('r1', 'WORK', [], form({ county: { 'zs.hj.staffStationed': ' 7 ' } }), 1, slots);
    expect(payload.county).toEqual([{ helperRegionId: 'zs', countyId: 'hj', fundsGiven: null, countyTeams: null, villageTeams: null, staffStationed: '7' }]);
    expect(draftPayload('r1', 'WORK', [], form(), 1).county).toBeUndefined();
  });
});
