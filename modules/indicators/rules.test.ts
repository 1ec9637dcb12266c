import { describe, expect, it } from 'vitest';
import { checkWeights, moveInOrder, planFrameworkCopy, renumber } from '@/modules/indicators/rules';

describe('checkWeights', () => {
  it('accepts weights that add up to exactly 100', () => {
    expect(checkWeights([20, 15, 15, 15, 5, 10, 10, 10])).toEqual({ total: 100, balanced: true });
  });

  it('adds two-decimal weights without floating-point drift', () => {
    expect(checkWeights([33.33, 33.33, 33.34])).toEqual({ total: 100, balanced: true });
    expect(checkWeights([0.1, 0.2])).toEqual({ total: 0.3, balanced: false });
  });

  it('warns below and above 100, and for an empty framework', () => {
    expect(checkWeights([30, 20])).toEqual({ total: 50, balanced: false });
    expect(checkWeights([60, 50])).toEqual({ total: 110, balanced: false });
    expect(checkWeights([99.99])).toEqual({ total: 99.99, balanced: false });
    expect(checkWeights([])).toEqual({ total: 0, balanced: false });
  });
});

describe('moveInOrder', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('swaps an indicator with its neighbour above or below', () => {
    expect(moveInOrder(ids, 'c', 'up')).toEqual(['a', 'c', 'b', 'd']);
    expect(moveInOrder(ids, 'a', 'down')).toEqual(['b', 'a', 'c', 'd']);
    expect(moveInOrder(ids, 'd', 'up')).toEqual(['a', 'b', 'd', 'c']);
  });

  it('refuses to move past either end or an unknown id', () => {
    expect(moveInOrder(ids, 'a', 'up')).toBeNull();
    expect(moveInOrder(ids, 'd', 'down')).toBeNull();
    expect(moveInOrder(ids, 'x', 'up')).toBeNull();
    expect(moveInOrder([], 'x', 'down')).toBeNull();
  });

  it('does not change its input and moving back restores it', () => {
    const moved = moveInOrder(ids, 'b', 'down')!;
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(moveInOrder(moved, 'b', 'up')).toEqual(ids);
  });
});

describe('renumber', () => {
  it('writes only the positions that change, leaving 0, 1, 2, … without gaps', () => {
    const rows = [{ id: 'a', position: 0 }, { id: 'c', position: 2 }, { id: 'd', position: 3 }];
    expect(renumber(rows)).toEqual([{ id: 'c', position: 1 }, { id: 'd', position: 2 }]);
    expect(renumber([{ id: 'a', position: 0 }, { id: 'b', position: 1 }])).toEqual([]);
  });

  it('numbers a reordered list in its new order', () => {
    const rows = [{ id: 'b', position: 1 }, { id: 'a', position: 0 }];
    expect(renumber(rows)).toEqual([{ id: 'b', position: 0 }, { id: 'a', position: 1 }]);
  });
});

describe('planFrameworkCopy', () => {
  const source = [
    { code: 'PR-02', position: 1, name: '脱贫率' },
    { code: 'PR-01', position: 0, name: '脱贫人数' },
    { code: 'FM-01', position: 2, name: '扶贫资金投入' },
  ];

  it('copies every indicator in the source order into an empty framework', () => {
    const plan = planFrameworkCopy([], source);
    expect(plan).toEqual({
      ok: true,
      rows: [
        { code: 'PR-01', position: 0, name: '脱贫人数' },
        { code: 'PR-02', position: 1, name: '脱贫率' },
        { code: 'FM-01', position: 2, name: '扶贫资金投入' },
      ],
    });
  });

  it('appends after the target’s own indicators', () => {
    const plan = planFrameworkCopy(['X-01', 'X-02'], source);
    expect(plan.ok && plan.rows.map((r) => [r.code, r.position])).toEqual([['PR-01', 2], ['PR-02', 3], ['FM-01', 4]]);
  });

  it('refuses the whole copy when codes clash, naming them in order', () => {
    expect(planFrameworkCopy(['FM-01', 'X-01', 'PR-01'], source)).toEqual({ ok: false, clashes: ['PR-01', 'FM-01'] });
  });
});
