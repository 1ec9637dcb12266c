import { describe, expect, it } from 'vitest';
import type { SampleResult } from '@/modules/sampling/rules';
import { verifySampleFacts, type VerifyFacts } from '@/modules/sampling/verify';

const result: SampleResult = { towns: ['T1'], villages: ['V1'], households: ['H1', 'H2'], addedForDisability: [], shortfalls: [] };
const facts = (over: Partial<VerifyFacts> = {}): VerifyFacts => ({
  method: { recorded: 'm', current: 'm' },
  rosterHash: { recorded: 'h', snapshot: 'h', recomputed: 'h' },
  recorded: result,
  derived: result,
  visitList: ['H1', 'H2'],
  ...over,
});

describe('verifySampleFacts', () => {
  it('reports a match when everything agrees', () => {
    expect(verifySampleFacts(facts())).toMatchObject({ matches: true, differences: [], visitListDifferences: [] });
  });

  it('names the households that differ', () => {
    const report = verifySampleFacts(facts({ derived: { ...result, households: ['H1', 'H3'] } }));
    expect(report.matches).toBe(false);
    expect(report.differences).toEqual([
      { level: 'HOUSEHOLD', code: 'H2', kind: 'MISSING' },
      { level: 'HOUSEHOLD', code: 'H3', kind: 'EXTRA' },
    ]);
  });

  it('reports a changed roster by its hash', () => {
    const report = verifySampleFacts(facts({ rosterHash: { recorded: 'h', snapshot: 'h', recomputed: 'x' } }));
    expect(report).toMatchObject({ matches: false, rosterHashMatches: false, sampleMatches: true });
  });

  it('reports a visit list that no longer holds the sample, and another method', () => {
    expect(verifySampleFacts(facts({ visitList: ['H1'] }))).toMatchObject({
      matches: false,
      visitListDifferences: [{ level: 'HOUSEHOLD', code: 'H2', kind: 'MISSING' }],
    });
    expect(verifySampleFacts(facts({ method: { recorded: 'old', current: 'm' } }))).toMatchObject({ matches: false, methodMatches: false });
  });

  it('counts a reordering as a difference', () => {
    expect(verifySampleFacts(facts({ derived: { ...result, households: ['H2', 'H1'] } })).sampleMatches).toBe(false);
  });
});
