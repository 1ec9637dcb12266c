// Validation rules of a campaign checked against a report's figures. Pure: the report
// workflow calls evaluateValidationRules before a submission and stores the warnings with it.
//
// Tolerance always loosens a check by letting the left side miss by at most `tolerance`
// (reported figures are rounded):
//   EQ  |l − r| ≤ t      NEQ |l − r| > t
//   LTE l − r ≤ t        GTE r − l ≤ t
//   LT  l − r < t        GT  r − l < t
// With t = 0 these are the plain comparisons. A relative epsilon (1e-9) absorbs binary
// floating-point noise, so 0.1 + 0.2 EQ 0.3 holds and 0.3 LT 0.1 + 0.2 does not.
import { evaluateRuleExpression, parseRuleExpression, type ParseResult } from '@/modules/validation-rules/expression';

export const RULE_OPERATORS = ['LT', 'LTE', 'EQ', 'NEQ', 'GTE', 'GT'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export const OPERATOR_SYMBOL: Record<RuleOperator, string> = { LT: '<', LTE: '≤', EQ: '=', NEQ: '≠', GTE: '≥', GT: '>' };

export type ValidationRuleInput = {
  code: string;
  description: string;
  left: string;
  operator: RuleOperator;
  right: string;
  tolerance: string | number;
};

/** What is wrong, without words: pages word it in the interface language (warning-text.ts). */
export type RuleProblem =
  | { kind: 'failed'; operator: RuleOperator; tolerance: number }
  | { kind: 'missing'; terms: string[] }
  | { kind: 'divisionByZero' }
  | { kind: 'invalid' };

/**
 * A rule that failed or could not be checked. `message` is the Chinese wording, kept with stored
 * submissions for readers of the raw record; `problem` is absent only in warnings stored before it.
 */
export type RuleWarning = { code: string; description: string; left: number | null; right: number | null; message: string; problem?: RuleProblem };

type RuleMessageFormat = {
  failed: (w: { left: number; right: number; operator: RuleOperator; tolerance: number }) => string;
  missing: (terms: string[]) => string;
  divisionByZero: () => string;
  invalid: () => string;
};

const OPERATOR_ZH: Record<RuleOperator, string> = { LT: '小于', LTE: '小于或等于', EQ: '等于', NEQ: '不等于', GTE: '大于或等于', GT: '大于' };

const CHINESE_MESSAGES: RuleMessageFormat = {
  failed: ({ left, right, operator, tolerance }) =>
    `左边的值 ${formatNumber(left)} 应${OPERATOR_ZH[operator]}右边的值 ${formatNumber(right)}${tolerance > 0 ? `（容差 ${formatNumber(tolerance)}）` : ''}。`,
  missing: (terms) => `缺少 ${terms.join('、')} 的数值，无法校验。`,
  divisionByZero: () => '除数为零，无法校验。',
  invalid: () => '规则表达式有误，无法校验。',
};

export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

const EPSILON = 1e-9;

export function compareWithTolerance(left: number, operator: RuleOperator, right: number, tolerance: number): boolean {
  const d = left - right;
  const eps = EPSILON * Math.max(1, Math.abs(left), Math.abs(right));
  switch (operator) {
    case 'EQ':
      return Math.abs(d) <= tolerance + eps;
    case 'NEQ':
      return Math.abs(d) > tolerance + eps;
    case 'LTE':
      return d <= tolerance + eps;
    case 'GTE':
      return -d <= tolerance + eps;
    case 'LT':
      return d < tolerance - eps;
    case 'GT':
      return -d < tolerance - eps;
  }
}

function toTolerance(raw: string | number): number {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

type Side = { value: number | null; missing: string[]; divisionByZero: boolean; invalid: boolean };

function evaluateSide(parsed: ParseResult, figures: ReadonlyMap<string, number>): Side {
  if (!parsed.ok) return { value: null, missing: [], divisionByZero: false, invalid: true };
  const result = evaluateRuleExpression(parsed.ast, figures);
  return result.ok
    ? { value: result.value, missing: [], divisionByZero: false, invalid: false }
    : { value: null, missing: result.missing, divisionByZero: result.divisionByZero, invalid: false };
}

/**
 * The rules that fail, and those that cannot be checked (a figure missing, a division by zero),
 * as warnings in rule order. A passing rule produces nothing.
 */
export function evaluateValidationRules(rules: readonly ValidationRuleInput[], figures: ReadonlyMap<string, number>): RuleWarning[] {
  const format = CHINESE_MESSAGES;
  const warnings: RuleWarning[] = [];
  for (const rule of rules) {
    const left = evaluateSide(parseRuleExpression(rule.left), figures);
    const right = evaluateSide(parseRuleExpression(rule.right), figures);
    const base = { code: rule.code, description: rule.description, left: left.value, right: right.value };
    const missing = [...new Set([...left.missing, ...right.missing])];
    if (left.invalid || right.invalid) warnings.push({ ...base, message: format.invalid(), problem: { kind: 'invalid' } });
    else if (missing.length > 0) warnings.push({ ...base, message: format.missing(missing), problem: { kind: 'missing', terms: missing } });
    else if (left.value === null || right.value === null) warnings.push({ ...base, message: format.divisionByZero(), problem: { kind: 'divisionByZero' } });
    else {
      const tolerance = toTolerance(rule.tolerance);
      if (!compareWithTolerance(left.value, rule.operator, right.value, tolerance)) {
        const problem = { kind: 'failed' as const, operator: rule.operator, tolerance };
        warnings.push({ ...base, message: format.failed({ left: left.value, right: right.value, operator: rule.operator, tolerance }), problem });
      }
    }
  }
  return warnings;
}

/** Figures keyed `${code}.${period}` from reported values (Prisma Decimals, strings or numbers). */
export function toFigures(
  values: readonly { code: string; period: string; value: { toString(): string } | number | string | null }[],
): Map<string, number> {
  const figures = new Map<string, number>();
  for (const v of values) {
    if (v.value === null) continue;
    const n = Number(v.value.toString());
    if (Number.isFinite(n)) figures.set(`${v.code}.${v.period}`, n);
  }
  return figures;
}
