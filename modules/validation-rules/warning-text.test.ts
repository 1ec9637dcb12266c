import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import type { RuleWarning } from '@/modules/validation-rules/rules';
import { ruleWarningText, type RuleWarningTranslator } from '@/modules/validation-rules/warning-text';

const rules = (locale: 'en' | 'zh-CN'): RuleWarningTranslator => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'rules' });
  return (key, values) => t(key, values);
};
const base = { code: 'R-01', description: '本年度脱贫人数不超过累计脱贫人数', left: 90000, right: 83000, message: '左边的值 90000 应小于或等于右边的值 83000。' };

describe('ruleWarningText', () => {
  it('words a failed rule in English, with its figures and tolerance', () => {
    const warning: RuleWarning = { ...base, problem: { kind: 'failed', operator: 'LTE', tolerance: 0.5 } };
    expect(ruleWarningText(warning, rules('en'))).toBe('The left side 90000 should be at most the right side 83000 (tolerance 0.5).');
  });

  it('keeps indicator codes as codes and words the rest in the interface language', () => {
    const warning: RuleWarning = { ...base, left: null, right: null, message: '缺少…', problem: { kind: 'missing', terms: ['PR-01.THIS_YEAR', 'PR-01.CUMULATIVE'] } };
    expect(ruleWarningText(warning, rules('en'))).toBe('No figure for PR-01.THIS_YEAR, PR-01.CUMULATIVE, so the rule cannot be checked.');
    expect(ruleWarningText(warning, rules('zh-CN'))).toBe('缺少 PR-01.THIS_YEAR、PR-01.CUMULATIVE 的数值，无法校验。');
  });

  it('words the problems that stop a check', () => {
    expect(ruleWarningText({ ...base, problem: { kind: 'divisionByZero' } }, rules('en'))).toBe('Division by zero, so the rule cannot be checked.');
    expect(ruleWarningText({ ...base, problem: { kind: 'invalid' } }, rules('en'))).toBe('The rule’s expression is not valid, so it cannot be checked.');
  });

  it('shows a warning stored without its problem as it was stored', () => {
    expect(ruleWarningText(base, rules('en'))).toBe(base.message);
  });
});
