import { describe, expect, it } from 'vitest';
import {
  compareWithTolerance,
  evaluateValidationRules,
  toFigures,
  type RuleOperator,
  type ValidationRuleInput,
} from '@/modules/validation-rules/rules';

const rule = (left: string, operator: RuleOperator, right: string, tolerance: string | number = 0): ValidationRuleInput => ({
  code: 'R1',
  description: '测试规则',
  left,
  operator,
  right,
  tolerance,
});

// Zhaoqing's reported figures (scenario).
const zhaoqing = new Map([
  ['PR-01.CUMULATIVE', 83000],
  ['PR-01.THIS_YEAR', 14000],
  ['FM-01.CUMULATIVE', 17.9],
  ['FM-01.THIS_YEAR', 4.2],
  ['PR-02.CUMULATIVE', 89.2],
  ['PR-03.BASELINE', 3.08],
  ['PR-03.CUMULATIVE', 0.32],
]);

describe('compareWithTolerance', () => {
  const cases: [RuleOperator, number, number, boolean][] = [
    ['LT', 1, 2, true], ['LT', 2, 2, false], ['LT', 3, 2, false],
    ['LTE', 1, 2, true], ['LTE', 2, 2, true], ['LTE', 3, 2, false],
    ['EQ', 2, 2, true], ['EQ', 2, 3, false],
    ['NEQ', 2, 3, true], ['NEQ', 2, 2, false],
    ['GTE', 3, 2, true], ['GTE', 2, 2, true], ['GTE', 1, 2, false],
    ['GT', 3, 2, true], ['GT', 2, 2, false], ['GT', 1, 2, false],
  ];
  it.each(cases)('%s %d vs %d without tolerance → %s', (op, l, r, expected) => {
    expect(compareWithTolerance(l, op, r, 0)).toBe(expected);
  });

  it('lets EQ and NEQ use the tolerance on both sides', () => {
    expect(compareWithTolerance(89.2, 'EQ', 89.5, 0.5)).toBe(true);
    expect(compareWithTolerance(89.2, 'EQ', 88.7, 0.5)).toBe(true);
    expect(compareWithTolerance(89.2, 'EQ', 89.8, 0.5)).toBe(false);
    expect(compareWithTolerance(89.2, 'NEQ', 89.5, 0.5)).toBe(false);
    expect(compareWithTolerance(89.2, 'NEQ', 90, 0.5)).toBe(true);
  });

  it('lets the ordering operators miss by at most the tolerance', () => {
    expect(compareWithTolerance(10.4, 'LTE', 10, 0.5)).toBe(true);
    expect(compareWithTolerance(10.6, 'LTE', 10, 0.5)).toBe(false);
    expect(compareWithTolerance(10.4, 'LT', 10, 0.5)).toBe(true);
    expect(compareWithTolerance(10.5, 'LT', 10, 0.5)).toBe(false);
    expect(compareWithTolerance(9.6, 'GTE', 10, 0.5)).toBe(true);
    expect(compareWithTolerance(9.4, 'GT', 10, 0.5)).toBe(false);
  });

  it('absorbs floating-point noise without loosening strict comparisons', () => {
    expect(compareWithTolerance(0.1 + 0.2, 'EQ', 0.3, 0)).toBe(true);
    expect(compareWithTolerance(0.1 + 0.2, 'LTE', 0.3, 0)).toBe(true);
    expect(compareWithTolerance(0.3, 'LT', 0.1 + 0.2, 0)).toBe(false);
  });
});

describe('evaluateValidationRules', () => {
  it('returns nothing when the demo rules hold for Zhaoqing’s figures', () => {
    const rules = [
      rule('PR-01.THIS_YEAR', 'LTE', 'PR-01.CUMULATIVE'),
      rule('FM-01.THIS_YEAR', 'LTE', 'FM-01.CUMULATIVE'),
      rule('PR-03.CUMULATIVE', 'LTE', 'PR-03.BASELINE'),
      rule('PR-02.CUMULATIVE', 'LTE', '100'),
    ];
    expect(evaluateValidationRules(rules, zhaoqing)).toEqual([]);
  });

  it('warns about a failed rule with both sides and a message', () => {
    const figures = new Map([...zhaoqing, ['PR-01.THIS_YEAR', 90000]]);
    const [warning, ...rest] = evaluateValidationRules([rule('PR-01.THIS_YEAR', 'LTE', 'PR-01.CUMULATIVE')], figures);
    expect(rest).toEqual([]);
    expect(warning).toEqual({
      code: 'R1',
      description: '测试规则',
      left: 90000,
      right: 83000,
      message: '左边的值 90000 应小于或等于右边的值 83000。',
      problem: { kind: 'failed', operator: 'LTE', tolerance: 0 },
    });
  });

  it('applies the tolerance, given as a string or a number', () => {
    const exitRate = (tolerance: string | number) => rule('PR-01.CUMULATIVE / 93000 * 100', 'EQ', 'PR-02.CUMULATIVE', tolerance);
    // 83000 / 93000 = 89.247… %, reported 89.2 %.
    expect(evaluateValidationRules([exitRate('0.1')], zhaoqing)).toEqual([]);
    expect(evaluateValidationRules([exitRate(0.01)], zhaoqing)).toHaveLength(1);
    expect(evaluateValidationRules([exitRate(0.01)], zhaoqing)[0]!.message).toContain('（容差 0.01）');
  });

  it('warns that a rule cannot be checked when a figure is missing, naming it', () => {
    const [warning] = evaluateValidationRules([rule('TA-02.THIS_YEAR + PR-01.THIS_YEAR', 'GTE', 'TA-02.CUMULATIVE')], zhaoqing);
    expect(warning).toMatchObject({ left: null, right: null, message: '缺少 TA-02.THIS_YEAR、TA-02.CUMULATIVE 的数值，无法校验。' });
  });

  it('keeps the side it could compute when only the other is missing', () => {
    const [warning] = evaluateValidationRules([rule('PR-01.THIS_YEAR', 'LTE', 'TA-02.CUMULATIVE')], zhaoqing);
    expect(warning).toMatchObject({ left: 14000, right: null });
  });

  it('warns about a division by zero and about an expression that does not parse', () => {
    const figures = new Map([['X-1.BASELINE', 0]]);
    expect(evaluateValidationRules([rule('1 / X-1.BASELINE', 'LT', '5')], figures)[0]!.message).toBe('除数为零，无法校验。');
    expect(evaluateValidationRules([rule('1 +', 'LT', '5')], figures)[0]!.message).toBe('规则表达式有误，无法校验。');
  });

  it('names each problem without words, for wording in the interface language', () => {
    const figures = new Map([['X-1.BASELINE', 0]]);
    const rules = [rule('2', 'LT', '1', '0.5'), rule('A.BASELINE', 'LT', 'B.CUMULATIVE'), rule('1 / X-1.BASELINE', 'LT', '5'), rule('1 +', 'LT', '5')];
    expect(evaluateValidationRules(rules, figures).map((w) => w.problem)).toEqual([
      { kind: 'failed', operator: 'LT', tolerance: 0.5 },
      { kind: 'missing', terms: ['A.BASELINE', 'B.CUMULATIVE'] },
      { kind: 'divisionByZero' },
      { kind: 'invalid' },
    ]);
  });
});

describe('toFigures', () => {
  it('keys figures by code and period and skips empty values', () => {
    const figures = toFigures([
      { code: 'PR-01', period: 'CUMULATIVE', value: '83000.0000' },
      { code: 'FM-01', period: 'THIS_YEAR', value: { toString: () => '4.2' } },
      { code: 'PR-02', period: 'CUMULATIVE', value: null },
    ]);
    expect([...figures]).toEqual([['PR-01.CUMULATIVE', 83000], ['FM-01.THIS_YEAR', 4.2]]);
  });
});
