// Paired assistance per helped county: what the helper city reports giving each county of its
// helped scope, and what the helped city's work report says it received from each helping city.
// The same four figures on both sides, so the cross-check can set them side by side. Pure.
import { parseIndicatorValue, type ValueType } from '@/modules/reports/values';

export type CountyFigureKey = 'fundsGiven' | 'countyTeams' | 'villageTeams' | 'staffStationed';
export type CountyFigureField = { key: CountyFigureKey; valueType: ValueType; unit: 'tenThousandYuan' | 'teams' | 'people' };

export const COUNTY_FIGURE_FIELDS: readonly CountyFigureField[] = [
  { key: 'fundsGiven', valueType: 'MONEY', unit: 'tenThousandYuan' },
  { key: 'countyTeams', valueType: 'COUNT', unit: 'teams' },
  { key: 'villageTeams', valueType: 'COUNT', unit: 'teams' },
  { key: 'staffStationed', valueType: 'COUNT', unit: 'people' },
];

/** One helping city × helped county, figures as canonical decimal text (absent = not reported). */
export type CountyFigures = { helperRegionId: string; countyId: string; figures: Partial<Record<CountyFigureKey, string>> };

/** A row the form shows: who helps which county, with names for labels. */
export type CountySlot = { helperRegionId: string; helperName: string; countyId: string; countyName: string };

export type CountyFigureInput = { helperRegionId: string; countyId: string } & Partial<Record<CountyFigureKey, string | number | null>>;

/** The form's (and the error map's) name of one figure. */
export const countyFieldName = (helperRegionId: string, countyId: string, key: CountyFigureKey) => `county.${helperRegionId}.${countyId}.${key}`;

/**
 * Checks every row against the slots the report may fill and every figure against its type
 * (all-or-nothing). A row listed twice counts once (the last one).
 */
export function parseCountyFigures(input: readonly CountyFigureInput[], slots: readonly Pick<CountySlot, 'helperRegionId' | 'countyId'>[]) {
  const allowed = new Set(slots.map((s) => `${s.helperRegionId}.${s.countyId}`));
  const rows = new Map<string, CountyFigures>();
  const problems: { field: string; messageKey: string; params?: Record<string, string | number> }[] = [];
  for (const row of input) {
    const slot = `${row.helperRegionId}.${row.countyId}`;
    if (!allowed.has(slot)) {
      problems.push({ field: 'county', messageKey: 'reports.errors.countyOutside' });
      continue;
    }
    const figures: CountyFigures['figures'] = {};
    for (const field of COUNTY_FIGURE_FIELDS) {
      const parsed = parseIndicatorValue(field.valueType, row[field.key]);
      if (!parsed.ok) problems.push({ field: countyFieldName(row.helperRegionId, row.countyId, field.key), messageKey: parsed.messageKey, params: parsed.params });
      else if (parsed.value !== null) figures[field.key] = parsed.value;
    }
    rows.set(slot, { helperRegionId: row.helperRegionId, countyId: row.countyId, figures });
  }
  return { rows: [...rows.values()], problems };
}
