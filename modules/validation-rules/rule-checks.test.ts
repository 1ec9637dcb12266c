import { describe, expect, it } from 'vitest';
import { checkRuleExpressions, findUnknownCodes } from '@/modules/validation-rules/rule-checks';

const codes = new Set(['PR-01', 'PR-02', 'FM-01']);

describe('checkRuleExpressions', () => {
  it('accepts a rule whose sides parse and name indicators of the campaign', () => {
    expect(checkRuleExpressions({ left: 'PR-01.THIS_YEAR', right: 'PR-01.CUMULATIVE' }, codes)).toEqual([]);
    expect(checkRuleExpressions({ left: 'PR-02.CUMULATIVE', right: '100' }, codes)).toEqual([]);
  });

  it('reports a parse error on its side with a 1-based column', () => {
    expect(checkRuleExpressions({ left: 'PR-01.THIS_YEAR <= 3', right: '(1' }, codes)).toEqual([
      { field: 'left', messageKey: 'rules.parseErrors.UNEXPECTED_CHAR', params: { column: 17, found: '<' } },
      { field: 'right', messageKey: 'rules.parseErrors.UNEXPECTED_END', params: { column: 3, found: '' } },
    ]);
  });

  it('names every unknown indicator code', () => {
    expect(checkRuleExpressions({ left: 'XX-1.CUMULATIVE + YY-2.BASELINE + XX-1.THIS_YEAR', right: 'PR-01.CUMULATIVE' }, codes)).toEqual([
      { field: 'left', messageKey: 'rules.errors.unknownIndicator', params: { codes: 'XX-1、YY-2' } },
    ]);
  });

  it('refuses a rule that compares constants only', () => {
    expect(checkRuleExpressions({ left: '1', right: '2' }, codes)).toEqual([{ field: 'left', messageKey: 'rules.errors.noFigures', params: {} }]);
  });
});

describe('findUnknownCodes', () => {
  it('names the codes a campaign does not have, once each', () => {
    expect(findUnknownCodes([{ code: 'PR-01' }, { code: 'XX-9' }, { code: 'XX-9' }], codes)).toEqual(['XX-9']);
  });
});
