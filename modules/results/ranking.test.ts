import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankResults, type RankableRow } from '@/modules/results/ranking';

const row = (name: string, totalVerified: number | null, status: RankableRow['status'] = 'FINAL', groupNumber = 1): RankableRow => ({
  targetRegionName: name,
  totalVerified,
  status,
  groupNumber,
});

describe('rankResults', () => {
  it('ranks the highest total first; equal totals share a rank and the next one skips', () => {
    const ranked = rankResults([row('A', 80), row('B', 92.5), row('C', 85), row('D', 92.5), row('E', 70)]);
    expect(ranked.map((r) => [r.targetRegionName, r.rank])).toEqual([
      ['B', 1],
      ['D', 1],
      ['C', 3],
      ['A', 4],
      ['E', 5],
    ]);
  });

  it('treats totals that are equal as shown (two decimals) as a tie', () => {
    const ranked = rankResults([row('A', 88.004), row('B', 87.996), row('C', 88.001)]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it('leaves assessments without a total unranked and last, and marks results that are not final', () => {
    const ranked = rankResults([row('A', null, 'NONE'), row('B', 75, 'SUBMITTED'), row('C', 90, 'FINAL'), row('D', null, 'DRAFT')]);
    expect(ranked.map((r) => [r.targetRegionName, r.rank, r.provisional])).toEqual([
      ['C', 1, false],
      ['B', 2, true],
      ['A', null, true],
      ['D', null, true],
    ]);
  });

  it('gives each ranked row 1 + the number of rows with a strictly higher total (an independent count)', () => {
    const totals = fc.array(fc.option(fc.integer({ min: 0, max: 40 }).map((n) => n * 2.5), { nil: null }), { maxLength: 30 });
    fc.assert(
      fc.property(totals, (values) => {
        const ranked = rankResults(values.map((v, i) => row(`R${i}`, v, 'FINAL', i)));
        expect(ranked).toHaveLength(values.length);
        for (const r of ranked) {
          if (r.totalVerified === null) expect(r.rank).toBeNull();
          else expect(r.rank).toBe(1 + values.filter((v) => v !== null && v > r.totalVerified!).length);
        }
      }),
    );
  });
});
