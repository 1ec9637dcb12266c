import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '@/lib/merge/three-way';
import { REPORT_DRAFT_CODEC, type DraftForm } from '@/components/reports/draft-form';

const form = (patch: Partial<DraftForm> = {}): DraftForm => ({ values: {}, sources: {}, narrative: {}, details: {}, county: {}, scope: [], ...patch });
const { encode, decode } = REPORT_DRAFT_CODEC;

describe('report drafts as mergeable records', () => {
  it('treats empty text like nothing typed', () => {
    expect(encode(form({ narrative: { workDone: '' }, details: { staffStationed: '247' } }))).toEqual(
      encode(form({ details: { staffStationed: '247' } })),
    );
  });

  it('merges the helped scope as a set: regions added on each side are kept, a removal is re-applied', () => {
    const base = form({ scope: ['fengkai', 'deqing'] });
    const mine = form({ scope: ['fengkai', 'huaiji'] });
    const theirs = form({ scope: ['fengkai', 'deqing', 'guangning'] });
    const { merged, conflicts } = mergeThreeWay(encode(base), encode(mine), encode(theirs));
    expect(conflicts).toEqual([]);
    expect(decode(merged).scope.sort()).toEqual(['fengkai', 'guangning', 'huaiji']);
  });

  it('merges figures per indicator and period, with keys that contain a dot', () => {
    const base = form({ values: { 'pr01.CUMULATIVE': '83000', 'pr01.THIS_YEAR': '14000' } });
    const mine = form({ values: { 'pr01.CUMULATIVE': '83000', 'pr01.THIS_YEAR': '15000' } });
    const theirs = form({ values: { 'pr01.CUMULATIVE': '84000', 'pr01.THIS_YEAR': '14000' } });
    expect(decode(mergeThreeWay(encode(base), encode(mine), encode(theirs)).merged).values).toEqual({
      'pr01.CUMULATIVE': '84000',
      'pr01.THIS_YEAR': '15000',
    });
  });
});
