// Ranks the assessments of a campaign by their verified total: the highest first, equal totals
// (equal as shown, to two decimals) share a rank and the next rank skips (1, 2, 2, 4), and an
// assessment without a total has no rank and comes last. Results that are not final yet are ranked
// but marked provisional: their total may still change after appeals.
import { formatScore } from '@/modules/results/format';

export type RankableRow = { totalVerified: number | null; status: 'NONE' | 'DRAFT' | 'SUBMITTED' | 'FINAL'; targetRegionName: string; groupNumber: number };

export type Ranked<T> = T & { rank: number | null; provisional: boolean };

export function rankResults<T extends RankableRow>(rows: readonly T[]): Ranked<T>[] {
  const shown = (row: T) => (row.totalVerified === null ? null : Number(formatScore(row.totalVerified)));
  const sorted = [...rows].sort((a, b) => {
    const x = shown(a);
    const y = shown(b);
    if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
    return a.groupNumber - b.groupNumber || a.targetRegionName.localeCompare(b.targetRegionName, 'zh-CN');
  });
  let previous: number | null = null;
  let previousRank = 0;
  return sorted.map((row, index) => {
    const total = shown(row);
    const rank = total === null ? null : total === previous ? previousRank : index + 1;
    if (total !== null) {
      previous = total;
      previousRank = rank ?? previousRank;
    }
    return { ...row, rank, provisional: row.status !== 'FINAL' };
  });
}
