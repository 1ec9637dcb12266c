// The structured figures of a paired-assistance report (stored in WorkReport.details):
// funds by source, teams and staff stationed, results and coverage statements. One table
// drives the form, the validation, the read-only view and the revision difference.
import { parseIndicatorValue, type ValueType } from '@/modules/reports/values';

export type DetailFieldKey =
  | 'sinceYear'
  | 'helpedTownCount'
  | 'helpedVillageCount'
  | 'fundsCityBudget'
  | 'fundsTowns'
  | 'fundsSociety'
  | 'fundsRaised'
  | 'fundsSpent'
  | 'projects'
  | 'countyTeams'
  | 'villageTeams'
  | 'staffStationed'
  | 'peopleLiftedOut'
  | 'exitRate'
  | 'medicalCareCoverage'
  | 'educationCoverage'
  | 'eightHavesCoverage'
  | 'incomePerCapitaAbove';
export type DetailUnit = 'year' | 'towns' | 'villages' | 'tenThousandYuan' | 'projects' | 'teams' | 'people' | 'percent' | 'yuan';
export type DetailField = { key: DetailFieldKey; valueType: ValueType; unit: DetailUnit };
export type DetailGroup = { key: 'scope' | 'funds' | 'teams' | 'results' | 'coverage'; fields: readonly DetailField[] };

export const PAIRED_DETAIL_GROUPS: readonly DetailGroup[] = [
  {
    key: 'scope',
    fields: [
      { key: 'sinceYear', valueType: 'COUNT', unit: 'year' },
      { key: 'helpedTownCount', valueType: 'COUNT', unit: 'towns' },
      { key: 'helpedVillageCount', valueType: 'COUNT', unit: 'villages' },
    ],
  },
  {
    key: 'funds',
    fields: [
      { key: 'fundsCityBudget', valueType: 'MONEY', unit: 'tenThousandYuan' },
      { key: 'fundsTowns', valueType: 'MONEY', unit: 'tenThousandYuan' },
      { key: 'fundsSociety', valueType: 'MONEY', unit: 'tenThousandYuan' },
      { key: 'fundsRaised', valueType: 'MONEY', unit: 'tenThousandYuan' },
      { key: 'fundsSpent', valueType: 'MONEY', unit: 'tenThousandYuan' },
      { key: 'projects', valueType: 'COUNT', unit: 'projects' },
    ],
  },
  {
    key: 'teams',
    fields: [
      { key: 'countyTeams', valueType: 'COUNT', unit: 'teams' },
      { key: 'villageTeams', valueType: 'COUNT', unit: 'teams' },
      { key: 'staffStationed', valueType: 'COUNT', unit: 'people' },
    ],
  },
  {
    key: 'results',
    fields: [
      { key: 'peopleLiftedOut', valueType: 'COUNT', unit: 'people' },
      { key: 'exitRate', valueType: 'PERCENT', unit: 'percent' },
    ],
  },
  {
    key: 'coverage',
    fields: [
      { key: 'medicalCareCoverage', valueType: 'PERCENT', unit: 'percent' },
      { key: 'educationCoverage', valueType: 'PERCENT', unit: 'percent' },
      { key: 'eightHavesCoverage', valueType: 'PERCENT', unit: 'percent' },
      { key: 'incomePerCapitaAbove', valueType: 'MONEY', unit: 'yuan' },
    ],
  },
];

export const PAIRED_DETAIL_FIELDS: readonly DetailField[] = PAIRED_DETAIL_GROUPS.flatMap((g) => g.fields);

/** Stored details: each known field as canonical decimal text, or absent when not reported. */
export type PairedDetails = Record<string, string>;

export type DetailError = { field: string; messageKey: string; params?: Record<string, string | number> };

/** Validates every field (all-or-nothing); unknown keys are dropped. */
export function parsePairedDetails(
  raw: Record<string, string | number | null | undefined>,
): { ok: true; details: PairedDetails } | { ok: false; errors: DetailError[] } {
  const details: PairedDetails = {};
  const errors: DetailError[] = [];
  for (const field of PAIRED_DETAIL_FIELDS) {
    const parsed = parseIndicatorValue(field.valueType, raw[field.key]);
    if (!parsed.ok) errors.push({ field: `details.${field.key}`, messageKey: parsed.messageKey, params: parsed.params });
    else if (parsed.value !== null) details[field.key] = parsed.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, details };
}

/** Reads stored details defensively: older rows may hold numbers or keys no longer asked for. */
export function readPairedDetails(stored: unknown): PairedDetails {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const record = stored as Record<string, unknown>;
  const out: PairedDetails = {};
  for (const field of PAIRED_DETAIL_FIELDS) {
    const value = record[field.key];
    if (typeof value === 'string' || typeof value === 'number') out[field.key] = String(value);
  }
  return out;
}
