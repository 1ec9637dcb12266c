import { describe, expect, it } from 'vitest';
import { parsePairedDetails, readPairedDetails } from '@/modules/reports/details';

describe('parsePairedDetails', () => {
  it('keeps reported fields as canonical text and drops empty and unknown ones', () => {
    expect(parsePairedDetails({ countyTeams: '3', staffStationed: '２４７', exitRate: '86%', fundsRaised: '', other: '1' })).toEqual({
      ok: true,
      details: { countyTeams: '3', staffStationed: '247', exitRate: '86' },
    });
  });

  it('reports every invalid field, keyed by its form path', () => {
    expect(parsePairedDetails({ countyTeams: '2.5', exitRate: '120', fundsSpent: '-1' })).toEqual({
      ok: false,
      errors: [
        { field: 'details.fundsSpent', messageKey: 'reports.valueErrors.negative', params: undefined },
        { field: 'details.countyTeams', messageKey: 'reports.valueErrors.notWhole', params: undefined },
        { field: 'details.exitRate', messageKey: 'reports.valueErrors.percentRange', params: undefined },
      ],
    });
  });
});

describe('readPairedDetails', () => {
  it('reads numbers and strings of known fields and ignores the rest', () => {
    expect(readPairedDetails({ countyTeams: 3, exitRate: '86', helpedCounties: ['441225'], note: null })).toEqual({ countyTeams: '3', exitRate: '86' });
    expect(readPairedDetails(null)).toEqual({});
    expect(readPairedDetails([1])).toEqual({});
  });
});
