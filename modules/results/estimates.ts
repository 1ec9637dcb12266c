// TEMP stand-in for the results contract (helper 1 provides the real one): unweighted Wilson interval.
import type { RateThreshold } from '@/modules/results/config';
import type { ProportionEstimate, Verdict } from '@/modules/results/snapshot';

export const ESTIMATES_METHOD_VERSION = 'stand-in-estimates-v0';

export function estimateProportion(units: readonly { cluster: string; weight: number; event: boolean }[]): ProportionEstimate | null {
  if (units.length === 0) return null;
  const n = units.length;
  const events = units.filter((u) => u.event).length;
  const p = events / n;
  const z = 1.959964;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return {
    n,
    events,
    clusters: new Set(units.map((u) => u.cluster)).size,
    estimate: p,
    lower: Math.max(0, centre - half),
    upper: Math.min(1, centre + half),
    effectiveN: n,
    designEffect: 1,
    designEffectClustering: 1,
    designEffectWeights: 1,
  };
}

export function rateVerdict(estimate: ProportionEstimate | null, threshold: RateThreshold): Verdict {
  if (!estimate) return 'NO_DATA';
  if (threshold.comparison === 'BELOW') {
    if (estimate.upper < threshold.value) return 'PASS';
    if (estimate.lower >= threshold.value) return 'FAIL';
    return 'INCONCLUSIVE';
  }
  if (estimate.lower >= threshold.value) return 'PASS';
  if (estimate.upper < threshold.value) return 'FAIL';
  return 'INCONCLUSIVE';
}
