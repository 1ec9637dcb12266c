import { describe, expect, it } from 'vitest';
import { compareCountyFigure } from '@/modules/reports/cross-check-rules';

// Expected values worked out by hand (tolerance = max(1 % of the larger figure, 1 万元)).
describe('compareCountyFigure', () => {
  it.each([
    // helper, helped, difference, flagged
    ['17500', '16800', '700', true], // 1 % of 17,500 = 175 < 700
    ['17500', '17325', '175', false], // exactly 1 %: not beyond it
    ['17500', '17324.99', '175.01', true], // just beyond 1 %
    ['50', '49.2', '0.8', false], // 1 % = 0.5, but within the 1 万元 floor
    ['50', '49', '1', false], // exactly the floor
    ['50', '48.9999', '1.0001', true], // beyond both
    ['16800', '17500', '-700', true], // the helped side counts more
    ['0', '0', '0', false],
    ['0.0001', '0', '0.0001', false],
  ])('funds %s vs %s → %s, flagged %s', (helper, helped, difference, flagged) => {
    expect(compareCountyFigure('fundsGiven', helper, helped)).toEqual({ difference, flagged });
  });

  it('flags any difference in a count', () => {
    expect(compareCountyFigure('staffStationed', '75', '75')).toEqual({ difference: '0', flagged: false });
    expect(compareCountyFigure('staffStationed', '75', '74')).toEqual({ difference: '1', flagged: true });
    expect(compareCountyFigure('countyTeams', '0', '1')).toEqual({ difference: '-1', flagged: true });
    expect(compareCountyFigure('villageTeams', '1000', '999')).toEqual({ difference: '1', flagged: true });
  });

  it('flags a figure only one side reports, not one neither reports', () => {
    expect(compareCountyFigure('fundsGiven', '100', null)).toEqual({ difference: null, flagged: true });
    expect(compareCountyFigure('villageTeams', null, '3')).toEqual({ difference: null, flagged: true });
    expect(compareCountyFigure('villageTeams', null, null)).toEqual({ difference: null, flagged: false });
  });

  it('is exact on large figures with decimals', () => {
    expect(compareCountyFigure('fundsGiven', '9999999999999999.9999', '9999999999999999.9998')).toEqual({ difference: '0.0001', flagged: false });
    expect(compareCountyFigure('fundsGiven', '1234567.8901', '1200000.0001')).toEqual({ difference: '34567.89', flagged: true });
  });
});
