// A scoring rule and a verification as the indicator form holds them (text per field, keyed by the path the
// server names in its field errors), and back. Client-safe; the server parses the same shape (indicators/schema).
import type { IndicatorVerification } from '@/modules/indicators/verification';
import { ZScoringRule, type ScoringRule } from '@/modules/scoring/rule-schema';

export const RULE_TEXT_FIELDS = [
  'scoringRule.kind', 'scoringRule.direction', 'scoringRule.target', 'scoringRule.step', 'scoringRule.deductionPerStep',
  'scoringRule.comparison', 'scoringRule.threshold',
  'verification.kind', 'verification.estimate', 'verification.check', 'verification.tolerance',
] as const;
export type RuleTextField = (typeof RULE_TEXT_FIELDS)[number];
export type RuleText = Record<RuleTextField, string>;

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export function ruleToText(rule: ScoringRule | null, verification: IndicatorVerification | null): RuleText {
  const r = (rule ?? {}) as Partial<Record<string, string | number>>;
  const v = (verification ?? { kind: 'NOT_VERIFIABLE' }) as Partial<Record<string, string | number>>;
  return {
    'scoringRule.kind': rule?.kind ?? '',
    'scoringRule.direction': String(r.direction ?? 'AT_LEAST'),
    'scoringRule.target': str(r.target as number | undefined),
    'scoringRule.step': str(r.step as number | undefined),
    'scoringRule.deductionPerStep': str(r.deductionPerStep as number | undefined),
    'scoringRule.comparison': String(r.comparison ?? 'LT'),
    'scoringRule.threshold': str(r.threshold as number | undefined),
    'verification.kind': String(v.kind),
    'verification.estimate': String(v.estimate ?? ''),
    'verification.check': String(v.check ?? ''),
    'verification.tolerance': str(v.tolerance as number | undefined),
  };
}

/** The rule as sent to the server: only the fields of the chosen kind (numbers still as typed). */
export function ruleInput(t: RuleText): Record<string, string> | null {
  const kind = t['scoringRule.kind'];
  const pick = (...keys: string[]) => Object.fromEntries([['kind', kind], ...keys.map((k) => [k, t[`scoringRule.${k}` as RuleTextField]])]);
  switch (kind) {
    case 'LINEAR_TO_TARGET':
      return pick('direction', 'target', 'step', 'deductionPerStep');
    case 'ZERO_IF':
      return pick('comparison', 'threshold');
    case 'RATIO_OF_TARGET':
      return pick('direction', 'target');
    case 'MANUAL':
      return pick();
    default:
      return null;
  }
}

export function verificationInput(t: RuleText): Record<string, string> {
  const kind = t['verification.kind'] || 'NOT_VERIFIABLE';
  if (kind === 'SAMPLE_ESTIMATE') return { kind, estimate: t['verification.estimate'], tolerance: t['verification.tolerance'] };
  if (kind === 'CROSS_CHECK') return { kind, check: t['verification.check'], tolerance: t['verification.tolerance'] };
  return { kind };
}

/** The typed rule, when the text makes a complete valid one (for the live preview). */
export function ruleFromText(t: RuleText): ScoringRule | null {
  const input = ruleInput(t);
  if (!input) return null;
  const numbers = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, k === 'kind' || k === 'direction' || k === 'comparison' ? v : v.trim() === '' ? NaN : Number(v)]));
  const parsed = ZScoringRule.safeParse(numbers);
  return parsed.success ? parsed.data : null;
}
