// Pure rules of an indicator framework: the weight check, the order, copying a framework.
import type { IndicatorCategory, IndicatorValueType } from '@/lib/generated/prisma/enums';

export const INDICATOR_CATEGORIES = [
  'POVERTY_REDUCTION',
  'IDENTIFICATION_ACCURACY',
  'TARGETED_ASSISTANCE',
  'FUND_MANAGEMENT',
  'CUSTOM',
] as const satisfies readonly IndicatorCategory[];

export const INDICATOR_VALUE_TYPES = ['MONEY', 'COUNT', 'PERCENT', 'DECIMAL'] as const satisfies readonly IndicatorValueType[];

/** A framework scores out of 100 points. */
export const TOTAL_WEIGHT = 100;

/**
 * Sum of the weights (points, two decimals) and whether it is exactly 100. Summed in
 * hundredths so that, say, 33.33 + 33.33 + 33.34 is exactly 100 and not 99.99999….
 */
export function checkWeights(weights: readonly number[]): { total: number; balanced: boolean } {
  const hundredths = weights.reduce((sum, w) => sum + Math.round(w * 100), 0);
  return { total: hundredths / 100, balanced: hundredths === TOTAL_WEIGHT * 100 };
}

/**
 * The framework's order after moving one indicator a step up or down, as ids by position
 * (0, 1, 2, … — always contiguous). Null when the move is impossible (first up, last down,
 * or an unknown id).
 */
export function moveInOrder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] | null {
  const from = ids.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The positions to write so that rows, in the given order, are numbered 0, 1, 2, … */
export function renumber<T extends { id: string; position: number }>(ordered: readonly T[]): { id: string; position: number }[] {
  return ordered.flatMap((row, position) => (row.position === position ? [] : [{ id: row.id, position }]));
}

/**
 * Copying a framework appends the source's indicators, in their order, after the target's
 * own. Codes must stay unique in a campaign, so any clash refuses the whole copy and names
 * the clashing codes (the user renames or removes them first): a partial copy would leave
 * a framework that silently differs from its source.
 */
export function planFrameworkCopy<T extends { code: string; position: number }>(
  targetCodes: readonly string[],
  source: readonly T[],
): { ok: true; rows: (T & { position: number })[] } | { ok: false; clashes: string[] } {
  const taken = new Set(targetCodes);
  const ordered = [...source].sort((a, b) => a.position - b.position);
  const clashes = ordered.map((row) => row.code).filter((code) => taken.has(code));
  if (clashes.length > 0) return { ok: false, clashes };
  return { ok: true, rows: ordered.map((row, i) => ({ ...row, position: targetCodes.length + i })) };
}
