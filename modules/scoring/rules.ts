// The scoring engine: each indicator scored by its typed rule on the reported and on the verified value, side by
// side; findings deduct points; section subtotals, a total out of 100 and a grade. Pure and deterministic: the
// same input gives the same sheet, so "verify score" can recompute a stored result and compare it.
// Floating point: sums run in input order on unrounded figures and are rounded to 2 decimals only at the end;
// step counts are taken on the quotient rounded to 9 decimals, so 100 − 99.7 is 3 steps of 0.1, not 2.999….
import type { FindingSeverity, FindingStatus, IndicatorCategory } from '@/lib/generated/prisma/enums';
import type { ResultsConfig } from '@/modules/results/config';
import type { Grade, IndicatorScore, ScoreSheet, SectionScore } from '@/modules/results/snapshot';
import type { ScoringRule } from '@/modules/scoring/rule-schema';

export const SCORING_METHOD_VERSION = 'scoring-1 (2026-12-04)';

/** Findings that deduct: confirmed by the group and not withdrawn. An appealed finding stands until the appeal
 *  succeeds (it is then withdrawn); rectifying a finding does not undo the deduction. Drafts never count. */
export const DEDUCTING_FINDING_STATUSES: readonly FindingStatus[] = ['CONFIRMED', 'ISSUED', 'APPEALED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED'];

export const deducts = (status: FindingStatus) => DEDUCTING_FINDING_STATUSES.includes(status);

export type ScoringInput = {
  /** In the framework's order (by position). */
  indicators: { id: string; code: string; name: string; category: IndicatorCategory; weight: number; rule: ScoringRule | null }[];
  reported: Record<string, number | null>;
  /** Verified values; an indicator without one (not verifiable, or no data) is scored on its reported value. */
  verified: Record<string, number | null>;
  /** Manual scores (MANUAL rules), by indicator id; the same score stands on both sides. */
  manual: Record<string, { score: number; reason: string }>;
  /** Findings; when `status` is given, only deducting statuses count (see DEDUCTING_FINDING_STATUSES). */
  findings: { indicatorId: string | null; category: IndicatorCategory; severity: FindingSeverity; status?: FindingStatus }[];
  config: ResultsConfig;
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
/** Whole steps in `amount`, immune to binary fractions such as 0.30000000000000004 / 0.1. */
const wholeSteps = (amount: number, step: number) => Math.floor(Math.round((amount / step) * 1e9) / 1e9);
export const round2 = (x: number) => Math.round(Number((x * 100).toPrecision(12))) / 100;

/** One value's score under a rule, in [0, weight], unrounded; null for a MANUAL rule or a missing value. */
export function scoreValue(rule: ScoringRule, weight: number, value: number | null): number | null {
  if (value === null || !Number.isFinite(value) || rule.kind === 'MANUAL') return null;
  switch (rule.kind) {
    case 'LINEAR_TO_TARGET': {
      const short = rule.direction === 'AT_LEAST' ? rule.target - value : value - rule.target;
      if (short <= 0) return weight;
      return clamp(weight - wholeSteps(short, rule.step) * rule.deductionPerStep, 0, weight);
    }
    case 'ZERO_IF': {
      const hit = { LT: value < rule.threshold, LTE: value <= rule.threshold, GT: value > rule.threshold, GTE: value >= rule.threshold }[rule.comparison];
      return hit ? 0 : weight;
    }
    case 'RATIO_OF_TARGET': {
      if (rule.direction === 'AT_LEAST') return weight * clamp(value / rule.target, 0, 1);
      return value <= 0 ? weight : weight * clamp(rule.target / value, 0, 1);
    }
  }
}

export function gradeOf(total: number, grades: ResultsConfig['grades']): Grade {
  if (total >= grades.EXCELLENT) return 'EXCELLENT';
  if (total >= grades.GOOD) return 'GOOD';
  if (total >= grades.FAIR) return 'FAIR';
  return 'POOR';
}

/** Deduction per indicator id: a finding without an indicator falls on the first indicator (by position) of its
 *  category; a category with no indicator in the framework has nowhere to deduct from. Capped per indicator. */
function deductions(input: ScoringInput): Map<string, number> {
  const firstOfCategory = new Map<IndicatorCategory, string>();
  for (const i of input.indicators) if (!firstOfCategory.has(i.category)) firstOfCategory.set(i.category, i.id);
  const known = new Set(input.indicators.map((i) => i.id));
  const out = new Map<string, number>();
  for (const f of input.findings) {
    if (f.status && !deducts(f.status)) continue;
    const target = f.indicatorId && known.has(f.indicatorId) ? f.indicatorId : firstOfCategory.get(f.category);
    if (target) out.set(target, (out.get(target) ?? 0) + input.config.deductions[f.severity]);
  }
  for (const [id, points] of out) out.set(id, Math.min(points, input.config.deductions.capPerIndicator));
  return out;
}

/** Indicators that cannot be scored yet (no rule): results should not be computed until each has one. */
export const indicatorsWithoutRule = (input: Pick<ScoringInput, 'indicators'>) => input.indicators.filter((i) => i.rule === null).map((i) => i.code);

export function scoreAssessment(input: ScoringInput): ScoreSheet {
  const off = deductions(input);
  const rows = input.indicators.map((ind) => {
    const weight = Math.max(0, ind.weight);
    const manual = ind.rule?.kind === 'MANUAL' ? input.manual[ind.id] : undefined;
    const reportedValue = input.reported[ind.id] ?? null;
    const verifiedValue = input.verified[ind.id] ?? null;
    const score = (value: number | null) =>
      ind.rule === null ? null : manual ? clamp(manual.score, 0, weight) : scoreValue(ind.rule, weight, value);
    const reportedScore = score(reportedValue);
    const verifiedScore = verifiedValue === null ? reportedScore : score(verifiedValue);
    const deduction = off.get(ind.id) ?? 0;
    // After deductions, never below 0; a missing score counts 0 in the totals.
    const net = (s: number | null) => Math.max(0, (s ?? 0) - deduction);
    return { ind, weight, manual, reportedValue, verifiedValue, reportedScore, verifiedScore, deduction, netReported: net(reportedScore), netVerified: net(verifiedScore) };
  });

  const sections: SectionScore[] = [];
  const bySection = new Map<IndicatorCategory, { weight: number; reported: number; verified: number }>();
  for (const r of rows) {
    const s = bySection.get(r.ind.category) ?? { weight: 0, reported: 0, verified: 0 };
    if (!bySection.has(r.ind.category)) bySection.set(r.ind.category, s);
    s.weight += r.weight;
    s.reported += r.netReported;
    s.verified += r.netVerified;
  }
  for (const [section, s] of bySection) sections.push({ section, weight: round2(s.weight), reported: round2(s.reported), verified: round2(s.verified) });

  const totalReported = round2(rows.reduce((sum, r) => sum + r.netReported, 0));
  const totalVerified = round2(rows.reduce((sum, r) => sum + r.netVerified, 0));
  const nullable = (x: number | null) => (x === null ? null : round2(x));
  const indicators: IndicatorScore[] = rows.map((r) => ({
    indicatorId: r.ind.id,
    code: r.ind.code,
    name: r.ind.name,
    section: r.ind.category,
    weight: r.ind.weight,
    rule: r.ind.rule,
    reportedValue: r.reportedValue,
    verifiedValue: r.verifiedValue,
    reportedScore: nullable(r.reportedScore),
    verifiedScore: nullable(r.verifiedScore),
    deduction: round2(r.deduction),
    manualReason: r.manual?.reason ?? null,
  }));
  return {
    methodVersion: SCORING_METHOD_VERSION,
    indicators,
    sections,
    totalReported,
    totalVerified,
    gradeReported: gradeOf(totalReported, input.config.grades),
    gradeVerified: gradeOf(totalVerified, input.config.grades),
  };
}
