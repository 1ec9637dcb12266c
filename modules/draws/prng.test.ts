import { describe, expect, it } from 'vitest';
import { createRng, shuffle, xoshiro128ss } from '@/modules/draws/prng';

const take = (next: () => number, n: number) => Array.from({ length: n }, next);

describe('xoshiro128**', () => {
  it('matches the reference implementation from the state 1, 2, 3, 4', () => {
    const rng = xoshiro128ss([1, 2, 3, 4]);
    expect(take(rng.nextUint32, 6)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('is seeded from SHA-256 of the seed (values computed independently)', () => {
    expect(take(createRng('2019-02-18').nextUint32, 4)).toEqual([3189331740, 2471065271, 3160493664, 272920211]);
  });

  it('gives the same stream for the same seed and another for another seed', () => {
    expect(take(createRng('a').nextUint32, 8)).toEqual(take(createRng('a').nextUint32, 8));
    expect(take(createRng('a').nextUint32, 8)).not.toEqual(take(createRng('b').nextUint32, 8));
  });
});

describe('nextInt', () => {
  it('stays in range and reaches every value', () => {
    const rng = createRng('range');
    const seen = new Set(take(() => rng.nextInt(7), 500));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses an empty range', () => {
    expect(() => createRng('x').nextInt(0)).toThrow(RangeError);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(items, createRng('perm'));
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('puts each item first about equally often', () => {
    const rng = createRng('uniform');
    const firsts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) firsts[shuffle([0, 1, 2, 3], rng)[0]!]! += 1;
    for (const count of firsts) expect(count).toBeGreaterThan(850);
  });
});
