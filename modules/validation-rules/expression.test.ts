import { describe, expect, it } from 'vitest';
import { evaluateRuleExpression, parseRuleExpression, type RuleExpr } from '@/modules/validation-rules/expression';

function valueOf(text: string, figures: Record<string, number> = {}): number | null {
  const parsed = parseRuleExpression(text);
  if (!parsed.ok) throw new Error(`parse failed: ${JSON.stringify(parsed.error)}`);
  const result = evaluateRuleExpression(parsed.ast, new Map(Object.entries(figures)));
  return result.ok ? result.value : null;
}

function errorOf(text: string) {
  const parsed = parseRuleExpression(text);
  if (parsed.ok) throw new Error('expected a parse error');
  return parsed.error;
}

describe('parseRuleExpression', () => {
  it('reads a term of an indicator code and a period', () => {
    const parsed = parseRuleExpression('PR-01.THIS_YEAR');
    expect(parsed).toEqual({
      ok: true,
      ast: { kind: 'ref', code: 'PR-01', period: 'THIS_YEAR', position: 0 } satisfies RuleExpr,
      refs: [{ code: 'PR-01', period: 'THIS_YEAR' }],
    });
  });

  it('gives * and / precedence over + and -, left to right', () => {
    expect(valueOf('1 + 2 * 3')).toBe(7);
    expect(valueOf('10 - 4 - 3')).toBe(3);
    expect(valueOf('12 / 3 / 2')).toBe(2);
    expect(valueOf('2 * 3 + 4 * 5')).toBe(26);
  });

  it('honours parentheses and unary signs', () => {
    expect(valueOf('(1 + 2) * 3')).toBe(9);
    expect(valueOf('-(2 + 3) * 2')).toBe(-10);
    expect(valueOf('-2 * -3')).toBe(6);
    expect(valueOf('+4 - -1')).toBe(5);
    expect(valueOf('((((7))))')).toBe(7);
  });

  it('reads decimals and exponents', () => {
    expect(valueOf('1.5 + .5 + 2e2')).toBe(202);
  });

  it('tells a minus from the dash inside a code', () => {
    const figures = { 'PR-01.CUMULATIVE': 83000, 'PR-01.THIS_YEAR': 14000 };
    expect(valueOf('PR-01.CUMULATIVE-PR-01.THIS_YEAR', figures)).toBe(69000);
    expect(valueOf('PR-01.THIS_YEAR / PR-01.CUMULATIVE * 100', figures)).toBeCloseTo(16.867, 3);
  });

  it('reads codes and periods in any case, as indicator codes are stored in upper case', () => {
    expect(parseRuleExpression('fm-01.cumulative')).toMatchObject({ ok: true, refs: [{ code: 'FM-01', period: 'CUMULATIVE' }] });
  });

  it('reads codes that start with a digit or contain dots', () => {
    const parsed = parseRuleExpression('1.2.CUMULATIVE + A.CUMULATIVE.THIS_YEAR - 1.5');
    expect(parsed.ok && parsed.refs).toEqual([{ code: '1.2', period: 'CUMULATIVE' }, { code: 'A.CUMULATIVE', period: 'THIS_YEAR' }]);
    expect(valueOf('1.2.CUMULATIVE - 1.5', { '1.2.CUMULATIVE': 4 })).toBe(2.5);
  });

  it('lists every term it refers to', () => {
    const parsed = parseRuleExpression('PR-01.THIS_YEAR / (PR-02.BASELINE + FM-01.CUMULATIVE)');
    expect(parsed.ok && parsed.refs.map((r) => `${r.code}.${r.period}`)).toEqual(['PR-01.THIS_YEAR', 'PR-02.BASELINE', 'FM-01.CUMULATIVE']);
  });

  it('reports errors with the position where they occur', () => {
    expect(errorOf('')).toEqual({ code: 'EMPTY', position: 0, found: '' });
    expect(errorOf('   ')).toMatchObject({ code: 'EMPTY' });
    expect(errorOf('1 + ')).toEqual({ code: 'UNEXPECTED_END', position: 4, found: '' });
    expect(errorOf('1 + * 2')).toEqual({ code: 'UNEXPECTED_TOKEN', position: 4, found: '*' });
    expect(errorOf('(1 + 2')).toEqual({ code: 'UNEXPECTED_END', position: 6, found: '' });
    expect(errorOf('1 + 2)')).toEqual({ code: 'UNEXPECTED_TOKEN', position: 5, found: ')' });
    expect(errorOf('2 3')).toEqual({ code: 'UNEXPECTED_TOKEN', position: 2, found: '3' });
    expect(errorOf('PR-01.THIS_YEAR <= 3')).toEqual({ code: 'UNEXPECTED_CHAR', position: 16, found: '<' });
    expect(errorOf('PR-01 + 1')).toEqual({ code: 'MISSING_PERIOD', position: 5, found: 'PR-01' });
    expect(errorOf('PR-01.LAST_YEAR')).toEqual({ code: 'UNKNOWN_PERIOD', position: 6, found: 'LAST_YEAR' });
    expect(errorOf('1 + PR-01.CUMULATIVES')).toEqual({ code: 'UNKNOWN_PERIOD', position: 10, found: 'CUMULATIVES' });
    expect(errorOf('1 + 2; drop')).toEqual({ code: 'UNEXPECTED_CHAR', position: 5, found: ';' });
  });

  it('refuses absurd nesting instead of recursing without end', () => {
    expect(errorOf(`${'('.repeat(100)}1${')'.repeat(100)}`)).toMatchObject({ code: 'TOO_DEEP' });
    expect(errorOf(`${'-'.repeat(100)}1`)).toMatchObject({ code: 'TOO_DEEP' });
  });
});

describe('evaluateRuleExpression', () => {
  it('names every missing term', () => {
    const parsed = parseRuleExpression('A-1.CUMULATIVE + B-1.THIS_YEAR + A-1.CUMULATIVE');
    if (!parsed.ok) throw new Error('parse failed');
    expect(evaluateRuleExpression(parsed.ast, new Map())).toEqual({
      ok: false,
      missing: ['A-1.CUMULATIVE', 'B-1.THIS_YEAR'],
      divisionByZero: false,
    });
  });

  it('reports a division by zero', () => {
    const parsed = parseRuleExpression('A-1.CUMULATIVE / A-1.BASELINE');
    if (!parsed.ok) throw new Error('parse failed');
    const figures = new Map([['A-1.CUMULATIVE', 5], ['A-1.BASELINE', 0]]);
    expect(evaluateRuleExpression(parsed.ast, figures)).toEqual({ ok: false, missing: [], divisionByZero: true });
  });
});
