// A rule warning in the interface language: the problem (rules.ts) worded from the `rules`
// messages, with indicator codes and figures left as they are. Warnings stored before problems
// were recorded keep their stored (Chinese) wording.
import { formatNumber, type RuleOperator, type RuleWarning } from '@/modules/validation-rules/rules';

type WarningKey =
  | 'preview.failed'
  | 'preview.failedWithTolerance'
  | 'preview.missing'
  | 'preview.divisionByZero'
  | 'preview.invalid'
  | 'preview.termSeparator'
  | `operatorWords.${RuleOperator}`;

/** The `rules` namespace's translator (useTranslations('rules') or getTranslations('rules')). */
export type RuleWarningTranslator = (key: WarningKey, values?: Record<string, string>) => string;

export function ruleWarningText(warning: RuleWarning, t: RuleWarningTranslator): string {
  const problem = warning.problem;
  if (!problem) return warning.message;
  switch (problem.kind) {
    case 'failed': {
      const values = { left: formatNumber(warning.left ?? NaN), right: formatNumber(warning.right ?? NaN), operator: t(`operatorWords.${problem.operator}`) };
      return problem.tolerance > 0 ? t('preview.failedWithTolerance', { ...values, tolerance: formatNumber(problem.tolerance) }) : t('preview.failed', values);
    }
    case 'missing':
      return t('preview.missing', { terms: problem.terms.join(t('preview.termSeparator')) });
    case 'divisionByZero':
      return t('preview.divisionByZero');
    case 'invalid':
      return t('preview.invalid');
  }
}
