// Proportions from a weighted sample of households clustered by village (issue 10, part 2). Pure.
//
// For n units i with weight w_i = 1 / π_i (π_i the inclusion probability), event y_i ∈ {0, 1}, in k village clusters
// of sizes m_1…m_k (Σ m_j = n):
//
//   p̂ = Σ w_i y_i / Σ w_i                                     (weighted, Hájek ratio estimator)
//
//   Intra-village correlation ρ, one-way ANOVA estimator on the unweighted 0/1 values:
//     ȳ_j = mean of cluster j, ȳ = mean of all units
//     MSB = Σ_j m_j (ȳ_j − ȳ)² / (k − 1)
//     MSW = Σ_j Σ_i∈j (y_i − ȳ_j)² / (n − k)
//     m₀  = (n − Σ_j m_j² / n) / (k − 1)
//     ρ   = (MSB − MSW) / (MSB + (m₀ − 1)·MSW), clipped to [0, 1]
//   ρ cannot be estimated with one unit per cluster (n = k: then m̄ = 1 and ρ does not matter) or when every unit has
//   the same value (MSB = MSW = 0: no evidence of clustering): ρ = 0. With a single cluster (k = 1) and n > 1 the
//   between-village variance is unknown: ρ = 1 (conservative: the village counts as one observation).
//
//   deff_c = 1 + (m̄ − 1)·ρ,  m̄ = Σ_j m_j² / n     (the mean size of the cluster a unit sits in)
//   deff_w = n·Σ w_i² / (Σ w_i)²                    (Kish; ≥ 1 by Cauchy–Schwarz)
//   deff   = max(1, deff_c·deff_w),  n_eff = n / deff
//
//   95 % Wilson score interval on (p̂, n_eff), z = Φ⁻¹(0.975):
//     centre = (p̂ + z²/(2 n_eff)) / (1 + z²/n_eff)
//     half   = z / (1 + z²/n_eff) · √(p̂(1 − p̂)/n_eff + z²/(4 n_eff²))
//
// An independent computation of the same formulas is scripts/bench/wilson-oracle.py; estimates.test.ts compares.
import type { RateThreshold } from '@/modules/results/config';
import type { ProportionEstimate, Verdict } from '@/modules/results/snapshot';

export const ESTIMATES_METHOD_VERSION = 'weighted-wilson-deff-v1';

/** Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

export type EstimateUnit = { cluster: string; weight: number; event: boolean };

export function wilsonInterval(p: number, n: number, z = Z_95): { lower: number; upper: number } {
  if (!(n > 0)) return { lower: 0, upper: 1 };
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Guard against rounding: the interval always holds p and lies in [0, 1].
  return { lower: Math.max(0, Math.min(p, centre - half)), upper: Math.min(1, Math.max(p, centre + half)) };
}

/** ANOVA estimate of the intra-cluster correlation of 0/1 values, clipped to [0, 1] (see the header). */
export function intraClusterCorrelation(clusters: readonly { size: number; events: number }[]): number {
  const k = clusters.length;
  const n = clusters.reduce((s, c) => s + c.size, 0);
  if (n <= k) return 0;
  if (k === 1) return 1;
  const events = clusters.reduce((s, c) => s + c.events, 0);
  const mean = events / n;
  let between = 0;
  let within = 0;
  for (const c of clusters) {
    const clusterMean = c.events / c.size;
    between += c.size * (clusterMean - mean) ** 2;
    // Σ (y − ȳ_j)² for 0/1 values = m_j · ȳ_j · (1 − ȳ_j).
    within += c.size * clusterMean * (1 - clusterMean);
  }
  const msb = between / (k - 1);
  const msw = within / (n - k);
  const m0 = (n - clusters.reduce((s, c) => s + c.size * c.size, 0) / n) / (k - 1);
  const denominator = msb + (m0 - 1) * msw;
  if (!(denominator > 0)) return 0;
  return Math.min(1, Math.max(0, (msb - msw) / denominator));
}

export function estimateProportion(units: readonly EstimateUnit[]): ProportionEstimate | null {
  const n = units.length;
  if (n === 0) return null;
  let sumW = 0;
  let sumW2 = 0;
  let sumWy = 0;
  let events = 0;
  const clusters = new Map<string, { size: number; events: number }>();
  for (const unit of units) {
    if (!(Number.isFinite(unit.weight) && unit.weight > 0)) throw new RangeError(`weight must be positive and finite, got ${unit.weight}`);
    sumW += unit.weight;
    sumW2 += unit.weight * unit.weight;
    if (unit.event) {
      sumWy += unit.weight;
      events += 1;
    }
    const c = clusters.get(unit.cluster) ?? { size: 0, events: 0 };
    c.size += 1;
    if (unit.event) c.events += 1;
    clusters.set(unit.cluster, c);
  }
  const estimate = Math.min(1, Math.max(0, sumWy / sumW));
  const sizes = [...clusters.values()];
  const rho = intraClusterCorrelation(sizes);
  const meanClusterSize = sizes.reduce((s, c) => s + c.size * c.size, 0) / n;
  const designEffectClustering = Math.max(1, 1 + (meanClusterSize - 1) * rho);
  const designEffectWeights = Math.max(1, (n * sumW2) / (sumW * sumW));
  const designEffect = Math.max(1, designEffectClustering * designEffectWeights);
  const effectiveN = n / designEffect;
  const { lower, upper } = wilsonInterval(estimate, effectiveN);
  return {
    n,
    events,
    clusters: clusters.size,
    estimate,
    lower,
    upper,
    effectiveN,
    designEffect,
    designEffectClustering,
    designEffectWeights,
  };
}

/**
 * PASS when the whole interval is on the right side of the threshold, FAIL when the whole interval is on the wrong
 * side, INCONCLUSIVE when it straddles the threshold, NO_DATA without an estimate.
 * BELOW v: the rate must be < v. AT_LEAST v: the rate must be ≥ v.
 */
export function rateVerdict(estimate: ProportionEstimate | null, threshold: RateThreshold): Verdict {
  if (!estimate) return 'NO_DATA';
  const { lower, upper } = estimate;
  if (threshold.comparison === 'BELOW') {
    if (upper < threshold.value) return 'PASS';
    if (lower >= threshold.value) return 'FAIL';
    return 'INCONCLUSIVE';
  }
  if (lower >= threshold.value) return 'PASS';
  if (upper < threshold.value) return 'FAIL';
  return 'INCONCLUSIVE';
}
