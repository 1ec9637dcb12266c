// TEMP stand-in for the results contract (the scoring helper provides the real one).
import type { FindingSeverity, IndicatorCategory } from '@/lib/generated/prisma/enums';
import type { ResultsConfig } from '@/modules/results/config';
import type { Grade, IndicatorScore, ScoreSheet, SectionScore } from '@/modules/results/snapshot';
import type { ScoringRule } from '@/modules/scoring/rule-schema';

export const SCORING_METHOD_VERSION = 'stand-in-scoring-v0';

export type ScoringInput = {
  indicators: { id: string; code: string; name: string; category: IndicatorCategory; weight: number; rule: ScoringRule | null }[];
  reported: Record<string, number | null>;
  verified: Record<string, number | null>;
  manual: Record<string, { score: number; reason: string }>;
  findings: { indicatorId: string | null; category: IndicatorCategory; severity: FindingSeverity }[];
  config: ResultsConfig;
};

function scoreOne(weight: number, rule: ScoringRule | null, value: number | null): number | null {
  if (value === null || rule === null || rule.kind === 'MANUAL') return null;
  if (rule.kind === 'RATIO_OF_TARGET') return weight * Math.min(1, rule.direction === 'AT_LEAST' ? value / rule.target : rule.target / value);
  return weight;
}

function gradeOf(total: number, config: ResultsConfig): Grade {
  if (total >= config.grades.EXCELLENT) return 'EXCELLENT';
  if (total >= config.grades.GOOD) return 'GOOD';
  if (total >= config.grades.FAIR) return 'FAIR';
  return 'POOR';
}

export function scoreAssessment(input: ScoringInput): ScoreSheet {
  const indicators: IndicatorScore[] = input.indicators.map((i) => {
    const manual = input.manual[i.id];
    const reportedValue = input.reported[i.id] ?? null;
    const verifiedValue = input.verified[i.id] ?? null;
    const deduction = Math.min(
      input.config.deductions.capPerIndicator,
      input.findings.filter((f) => f.indicatorId === i.id).reduce((sum, f) => sum + input.config.deductions[f.severity], 0),
    );
    return {
      indicatorId: i.id,
      code: i.code,
      name: i.name,
      section: i.category,
      weight: i.weight,
      rule: i.rule,
      reportedValue,
      verifiedValue,
      reportedScore: manual ? manual.score : scoreOne(i.weight, i.rule, reportedValue),
      verifiedScore: manual ? manual.score : scoreOne(i.weight, i.rule, verifiedValue ?? reportedValue),
      deduction,
      manualReason: manual?.reason ?? null,
    };
  });
  const sections = new Map<IndicatorCategory, SectionScore>();
  for (const s of indicators) {
    const section = sections.get(s.section) ?? { section: s.section, weight: 0, reported: 0, verified: 0 };
    section.weight += s.weight;
    section.reported += Math.max(0, (s.reportedScore ?? 0) - s.deduction);
    section.verified += Math.max(0, (s.verifiedScore ?? 0) - s.deduction);
    sections.set(s.section, section);
  }
  const list = [...sections.values()];
  const totalReported = list.reduce((sum, s) => sum + s.reported, 0);
  const totalVerified = list.reduce((sum, s) => sum + s.verified, 0);
  return {
    methodVersion: SCORING_METHOD_VERSION,
    indicators,
    sections: list,
    totalReported,
    totalVerified,
    gradeReported: gradeOf(totalReported, input.config),
    gradeVerified: gradeOf(totalVerified, input.config),
  };
}
