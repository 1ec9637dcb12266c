import { describe, expect, it } from 'vitest';
import { mergeThreeWay, sameValue, setPath } from '@/lib/merge/three-way';

describe('mergeThreeWay', () => {
  it('re-applies only the fields the user changed over the saved values', () => {
    const base = { title: 'A', description: 'old', severity: 'LOW' };
    const mine = { title: 'A', description: 'mine', severity: 'LOW' };
    const theirs = { title: 'B', description: 'old', severity: 'HIGH' };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({
      merged: { title: 'B', description: 'mine', severity: 'HIGH' },
      conflicts: [],
    });
  });

  it('keeps theirs and reports both values when both sides changed a field differently', () => {
    const { merged, conflicts } = mergeThreeWay({ title: 'A' }, { title: 'mine' }, { title: 'theirs' });
    expect(merged).toEqual({ title: 'theirs' });
    expect(conflicts).toEqual([{ path: ['title'], base: 'A', mine: 'mine', theirs: 'theirs' }]);
  });

  it('is no conflict when both sides made the same change', () => {
    expect(mergeThreeWay({ a: '1' }, { a: '2' }, { a: '2' })).toEqual({ merged: { a: '2' }, conflicts: [] });
  });

  it('compares nested values field by field', () => {
    const base = { values: { 'pr01.CUMULATIVE': '10', 'pr01.THIS_YEAR': '1' }, details: { staff: '247' } };
    const mine = { values: { 'pr01.CUMULATIVE': '10', 'pr01.THIS_YEAR': '2' }, details: { staff: '247' } };
    const theirs = { values: { 'pr01.CUMULATIVE': '11', 'pr01.THIS_YEAR': '1' }, details: { staff: '250' } };
    expect(mergeThreeWay(base, mine, theirs).merged).toEqual({
      values: { 'pr01.CUMULATIVE': '11', 'pr01.THIS_YEAR': '2' },
      details: { staff: '250' },
    });
  });

  it('merges sets passed as flags: members added on each side are all kept, a removal is re-applied', () => {
    type Scope = { scope: Record<string, boolean> };
    const base: Scope = { scope: { fengkai: true, deqing: true } };
    const mine: Scope = { scope: { fengkai: true, huaiji: true } };
    const theirs: Scope = { scope: { fengkai: true, deqing: true, guangning: true } };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({ merged: { scope: { fengkai: true, huaiji: true, guangning: true } }, conflicts: [] });
  });

  it('treats a list as one value', () => {
    const { conflicts } = mergeThreeWay({ tags: ['a'] }, { tags: ['a', 'b'] }, { tags: ['a', 'c'] });
    expect(conflicts).toEqual([{ path: ['tags'], base: ['a'], mine: ['a', 'b'], theirs: ['a', 'c'] }]);
  });

  it('re-applies a field the user cleared, and reports a clear against a change', () => {
    expect(mergeThreeWay<Record<string, string>>({ a: 'x', b: 'y' }, { b: 'y' }, { a: 'x', b: 'z' }).merged).toEqual({ b: 'z' });
    expect(mergeThreeWay<Record<string, string>>({ a: 'x' }, {}, { a: 'z' }).conflicts).toEqual([{ path: ['a'], base: 'x', mine: undefined, theirs: 'z' }]);
  });

  it('keeps fields that exist only on the server', () => {
    expect(mergeThreeWay<Record<string, string>>({}, { a: '1' }, { b: '2' }).merged).toEqual({ a: '1', b: '2' });
  });
});

describe('helpers', () => {
  it('setPath creates and removes nested leaves without touching the input', () => {
    const record = { a: { b: '1' } };
    expect(setPath(record, ['a', 'c'], '2')).toEqual({ a: { b: '1', c: '2' } });
    expect(setPath(record, ['a', 'b'], undefined)).toEqual({ a: {} });
    expect(record).toEqual({ a: { b: '1' } });
  });

  it('sameValue compares lists and records by content', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ a: { b: '1' }, c: {} }, { a: { b: '1' } })).toBe(true);
    expect(sameValue(null, undefined)).toBe(false);
  });
});
