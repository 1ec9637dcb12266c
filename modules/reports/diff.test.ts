import { describe, expect, it } from 'vitest';
import { diffRevisions, type RevisionSnapshot } from '@/modules/reports/diff';

const base: RevisionSnapshot = {
  values: {
    'PR-01.CUMULATIVE': { value: '83000', source: '扶贫信息系统' },
    'PR-01.THIS_YEAR': { value: '14000', source: null },
  },
  narrative: { workDone: '压实责任', plan: '全部脱贫' },
  details: { countyTeams: '3', staffStationed: '247' },
  scope: ['封开县', '德庆县'],
};

describe('diffRevisions', () => {
  it('finds nothing between equal revisions', () => {
    expect(diffRevisions(base, structuredClone(base))).toEqual([]);
  });

  it('reports changed, added and removed figures and data sources', () => {
    const after: RevisionSnapshot = {
      ...base,
      values: {
        'PR-01.CUMULATIVE': { value: '83500', source: '扶贫信息系统' },
        'PR-03.BASELINE': { value: '3.08', source: '统计年鉴' },
        'PR-01.THIS_YEAR': { value: '14000', source: '台账' },
      },
    };
    expect(diffRevisions(base, after)).toEqual([
      { field: 'value', key: 'PR-01.CUMULATIVE', before: '83000', after: '83500' },
      { field: 'source', key: 'PR-01.THIS_YEAR', before: null, after: '台账' },
      { field: 'value', key: 'PR-03.BASELINE', before: null, after: '3.08' },
      { field: 'source', key: 'PR-03.BASELINE', before: null, after: '统计年鉴' },
    ]);
    expect(diffRevisions(after, base)).toContainEqual({ field: 'value', key: 'PR-03.BASELINE', before: '3.08', after: null });
  });

  it('reports changed narrative sections, treating blank as missing', () => {
    const after = { ...base, narrative: { workDone: '压实各级责任', plan: '全部脱贫', problems: '  ' } };
    expect(diffRevisions(base, after)).toEqual([{ field: 'narrative', key: 'workDone', before: '压实责任', after: '压实各级责任' }]);
  });

  it('reports changed paired-assistance details', () => {
    const after = { ...base, details: { countyTeams: '3', staffStationed: '250', exitRate: '86' } };
    expect(diffRevisions(base, after)).toEqual([
      { field: 'detail', key: 'staffStationed', before: '247', after: '250' },
      { field: 'detail', key: 'exitRate', before: null, after: '86' },
    ]);
  });

  it('reports a changed helped scope, ignoring the order', () => {
    expect(diffRevisions(base, { ...base, scope: ['德庆县', '封开县'] })).toEqual([]);
    expect(diffRevisions(base, { ...base, scope: ['德庆县', '封开县', '怀集县'] })).toEqual([
      { field: 'scope', key: 'scope', before: '德庆县、封开县', after: '德庆县、封开县、怀集县' },
    ]);
  });
});
