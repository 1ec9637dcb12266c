// The expected texts are written out by hand (the oracle), not computed with the formatter.
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatInterval, formatPercent, formatScore, NO_FIGURE } from '@/modules/results/format';

describe('formatDecimal', () => {
  it.each([
    [0, 2, '0.00'],
    [1.005, 2, '1.01'],
    [2.675, 2, '2.68'],
    [1.2345, 3, '1.235'],
    [-1.005, 2, '-1.01'],
    [-0.001, 2, '0.00'],
    [-0, 2, '0.00'],
    [99.995, 2, '100.00'],
    [1e-7, 2, '0.00'],
    [123456.789, 1, '123456.8'],
    [7, 0, '7'],
    [0.5, 0, '1'],
    [1.25, 1, '1.3'],
  ])('%s to %s decimals is %s', (value, digits, text) => {
    expect(formatDecimal(value, digits)).toBe(text);
  });
  it('writes a dash for what is missing or not a number', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatDecimal(v)).toBe(NO_FIGURE);
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0.0 %'],
    [1, '100.0 %'],
    [0.0234, '2.3 %'],
    [0.02345, '2.3 %'],
    [0.02355, '2.4 %'],
    [0.9, '90.0 %'],
    [0.99949, '99.9 %'],
    [0.99951, '100.0 %'],
    [0.000449, '0.0 %'],
  ])('%s is %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
  it('writes a dash for a missing proportion', () => {
    expect(formatPercent(null)).toBe(NO_FIGURE);
  });
});

describe('formatInterval and formatScore', () => {
  it('writes an interval in brackets with both ends in percent', () => {
    expect(formatInterval(0.012, 0.0451)).toBe('[1.2 %, 4.5 %]');
    expect(formatInterval(0, 1)).toBe('[0.0 %, 100.0 %]');
    expect(formatInterval(null, 0.3)).toBe(NO_FIGURE);
  });
  it('writes scores with two decimals', () => {
    expect(formatScore(92.5)).toBe('92.50');
    expect(formatScore(87.125)).toBe('87.13');
    expect(formatScore(100)).toBe('100.00');
    expect(formatScore(null)).toBe(NO_FIGURE);
  });
});
