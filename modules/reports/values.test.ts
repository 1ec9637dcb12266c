import { describe, expect, it } from 'vitest';
import { figureKey, parseIndicatorValue } from '@/modules/reports/values';

const ok = (value: string | null) => ({ ok: true, value });
const error = (key: string) => expect.objectContaining({ ok: false, messageKey: `reports.valueErrors.${key}` });

describe('parseIndicatorValue', () => {
  it('treats empty input as not reported', () => {
    for (const raw of [null, undefined, '', '   ', '\u3000']) expect(parseIndicatorValue('MONEY', raw)).toEqual(ok(null));
  });

  it('accepts thousands separators, full-width digits and surrounding spaces', () => {
    expect(parseIndicatorValue('DECIMAL', '1,234.5')).toEqual(ok('1234.5'));
    expect(parseIndicatorValue('COUNT', '８３，０００')).toEqual(ok('83000'));
    expect(parseIndicatorValue('MONEY', ' １７．９ ')).toEqual(ok('17.9'));
    expect(parseIndicatorValue('COUNT', 14000)).toEqual(ok('14000'));
  });

  it('canonicalises leading and trailing zeros', () => {
    expect(parseIndicatorValue('MONEY', '017.90')).toEqual(ok('17.9'));
    expect(parseIndicatorValue('MONEY', '.5')).toEqual(ok('0.5'));
    expect(parseIndicatorValue('DECIMAL', '-0.000')).toEqual(ok('0'));
  });

  it('rejects text that is not a number', () => {
    for (const raw of ['abc', '1,23', '1.2.3', '.', '-', '12e3', '1 000x']) {
      expect(parseIndicatorValue('DECIMAL', raw)).toEqual(error('notNumber'));
    }
    expect(parseIndicatorValue('DECIMAL', Number.NaN)).toEqual(error('notNumber'));
    expect(parseIndicatorValue('DECIMAL', Number.POSITIVE_INFINITY)).toEqual(error('notNumber'));
  });

  it('MONEY: zero or more, at most four decimals', () => {
    expect(parseIndicatorValue('MONEY', '0')).toEqual(ok('0'));
    expect(parseIndicatorValue('MONEY', '4.2345')).toEqual(ok('4.2345'));
    expect(parseIndicatorValue('MONEY', '4.23456')).toEqual({ ok: false, messageKey: 'reports.valueErrors.tooManyDecimals', params: { max: 4 } });
    expect(parseIndicatorValue('MONEY', '-1')).toEqual(error('negative'));
  });

  it('COUNT: whole numbers of zero or more', () => {
    expect(parseIndicatorValue('COUNT', '12629')).toEqual(ok('12629'));
    expect(parseIndicatorValue('COUNT', '12629.0')).toEqual(ok('12629'));
    expect(parseIndicatorValue('COUNT', '1.5')).toEqual(error('notWhole'));
    expect(parseIndicatorValue('COUNT', -3)).toEqual(error('negative'));
  });

  it('PERCENT: 0 to 100, with or without a percent sign', () => {
    expect(parseIndicatorValue('PERCENT', '89.2')).toEqual(ok('89.2'));
    expect(parseIndicatorValue('PERCENT', '100%')).toEqual(ok('100'));
    expect(parseIndicatorValue('PERCENT', '３．０８％')).toEqual(ok('3.08'));
    expect(parseIndicatorValue('PERCENT', '100.01')).toEqual(error('percentRange'));
    expect(parseIndicatorValue('PERCENT', '-0.5')).toEqual(error('negative'));
    expect(parseIndicatorValue('MONEY', '5%')).toEqual(error('notNumber'));
  });

  it('DECIMAL: every finite number within the stored precision', () => {
    expect(parseIndicatorValue('DECIMAL', '-12.5')).toEqual(ok('-12.5'));
    expect(parseIndicatorValue('DECIMAL', '+7')).toEqual(ok('7'));
    expect(parseIndicatorValue('DECIMAL', '12345678901234567')).toEqual(error('tooLarge'));
    expect(parseIndicatorValue('DECIMAL', 1e21)).toEqual(error('tooLarge'));
    expect(parseIndicatorValue('DECIMAL', 1e-7)).toEqual(error('tooManyDecimals'));
  });
});

describe('figureKey', () => {
  it('joins the indicator code and the period', () => {
    expect(figureKey('PR-01', 'THIS_YEAR')).toBe('PR-01.THIS_YEAR');
  });
});
