// Checks of a rule as an admin saves it: both sides parse, every indicator they name exists
// in the campaign, and the rule looks at a reported figure at all. Pure; the mutation
// translates the issues into field errors.
import { parseRuleExpression } from '@/modules/validation-rules/expression';

export type ExpressionIssue = {
  field: 'left' | 'right';
  messageKey: string;
  params: Record<string, string | number>;
};

/** The indicator codes referred to that the campaign does not have, once each, in order of appearance. */
export function findUnknownCodes(refs: readonly { code: string }[], knownCodes: ReadonlySet<string>): string[] {
  return [...new Set(refs.map((r) => r.code).filter((code) => !knownCodes.has(code)))];
}

export function checkRuleExpressions(rule: { left: string; right: string }, knownCodes: ReadonlySet<string>): ExpressionIssue[] {
  const issues: ExpressionIssue[] = [];
  let figures = 0;
  for (const field of ['left', 'right'] as const) {
    const parsed = parseRuleExpression(rule[field]);
    if (!parsed.ok) {
      const { code, position, found } = parsed.error;
      // Positions are shown 1-based: "the 5th character".
      issues.push({ field, messageKey: `rules.parseErrors.${code}`, params: { column: position + 1, found } });
      continue;
    }
    figures += parsed.refs.length;
    const unknown = findUnknownCodes(parsed.refs, knownCodes);
    if (unknown.length > 0) issues.push({ field, messageKey: 'rules.errors.unknownIndicator', params: { codes: unknown.join('、') } });
  }
  if (issues.length === 0 && figures === 0) issues.push({ field: 'left', messageKey: 'rules.errors.noFigures', params: {} });
  return issues;
}
