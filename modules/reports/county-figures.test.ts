import { describe, expect, it } from 'vitest';
import { parseCountyFigures } from '@/modules/reports/county-figures';

const slots = [{ helperRegionId: 'zs', countyId: 'fk' }, { helperRegionId: 'zs', countyId: 'hj' }];

describe('parseCountyFigures', () => {
  it('keeps canonical figures of paired counties, drops empty ones, the last of a repeated row wins', () => {
    const parsed = parseCountyFigures(
      [
        { helperRegionId: 'zs', countyId: 'fk', fundsGiven: '1', staffStationed: '9' },
        { helperRegionId: 'zs', countyId: 'fk', fundsGiven: '１４,０００.５０', countyTeams: '', villageTeams: null, staffStationed: 60 },
        { helperRegionId: 'zs', countyId: 'hj' },
      ],
      slots,
    );
    expect(parsed).toEqual({
      rows: [
        { helperRegionId: 'zs', countyId: 'fk', figures: { fundsGiven: '14000.5', staffStationed: '60' } },
        { helperRegionId: 'zs', countyId: 'hj', figures: {} },
      ],
      problems: [],
    });
  });

  it('names each bad figure by its form field, with the reason', () => {
    const parsed = parseCountyFigures([{ helperRegionId: 'zs', countyId: 'hj', fundsGiven: '-0.5', countyTeams: '2.5', villageTeams: '十', staffStationed: '1e3' }], slots);
    expect(parsed.problems).toEqual([
      { field: 'county.zs.hj.fundsGiven', messageKey: 'reports.valueErrors.negative' },
      { field: 'county.zs.hj.countyTeams', messageKey: 'reports.valueErrors.notWhole' },
      { field: 'county.zs.hj.villageTeams', messageKey: 'reports.valueErrors.notNumber' },
      { field: 'county.zs.hj.staffStationed', messageKey: 'reports.valueErrors.notNumber' },
    ]);
  });

  it('refuses a county or helper the report is not paired with', () => {
    for (const row of [{ helperRegionId: 'zs', countyId: 'dq' }, { helperRegionId: 'other', countyId: 'fk' }]) {
      expect(parseCountyFigures([{ ...row, fundsGiven: '1' }], slots)).toEqual({ rows: [], problems: [{ field: 'county', messageKey: 'reports.errors.countyOutside' }] });
    }
  });
});
