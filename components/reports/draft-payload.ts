// Between the report form and the draft action: the browser-side check (the same parser the
// server uses, so messages match) and the payload. Pure.
import type { FieldErrors } from '@/lib/app-error';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import { COUNTY_FIGURE_FIELDS, countyFieldName, type CountySlot } from '@/modules/reports/county-figures';
import { PAIRED_DETAIL_FIELDS } from '@/modules/reports/details';
import type { ReportIndicator } from '@/modules/reports/queries';
import { reportPeriodsFor } from '@/modules/reports/rules';
import type { TSaveReportDraftInput } from '@/modules/reports/schema';
import { parseIndicatorValue } from '@/modules/reports/values';
import type { DraftForm } from '@/components/reports/draft-form';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

type FormIndicator = Pick<ReportIndicator, 'id' | 'valueType'>;

type FormSlot = Pick<CountySlot, 'helperRegionId' | 'countyId'>;
const countyKey = (slot: FormSlot, key: string) => `${slot.helperRegionId}.${slot.countyId}.${key}`;

export function validateDraftForm(
  form: DraftForm,
  indicators: readonly FormIndicator[],
  kind: WorkReportKind,
  t: Translate,
  slots: readonly FormSlot[] = [],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const slot of slots) {
    for (const field of COUNTY_FIGURE_FIELDS) {
      const parsed = parseIndicatorValue(field.valueType, form.county[countyKey(slot, field.key)]);
      if (!parsed.ok) errors[countyFieldName(slot.helperRegionId, slot.countyId, field.key)] = [t(parsed.messageKey, parsed.params)];
    }
  }
  for (const indicator of indicators) {
    for (const period of reportPeriodsFor(indicator.valueType)) {
      const parsed = parseIndicatorValue(indicator.valueType, form.values[`${indicator.id}.${period}`]);
      if (!parsed.ok) errors[`values.${indicator.id}.${period}`] = [t(parsed.messageKey, parsed.params)];
    }
  }
  if (kind === 'PAIRED_ASSISTANCE') {
    for (const field of PAIRED_DETAIL_FIELDS) {
      const parsed = parseIndicatorValue(field.valueType, form.details[field.key]);
      if (!parsed.ok) errors[`details.${field.key}`] = [t(parsed.messageKey, parsed.params)];
    }
  }
  return errors;
}

/** Every figure the form shows is sent (empty = not reported), so the saved copy matches the screen. */
export function draftPayload(
  reportId: string,
  kind: WorkReportKind,
  indicators: readonly FormIndicator[],
  form: DraftForm,
  version: number,
  slots: readonly FormSlot[] = [],
): TSaveReportDraftInput {
  const values = indicators.flatMap((indicator) =>
    reportPeriodsFor(indicator.valueType).map((period) => ({
      indicatorId: indicator.id,
      period,
      value: form.values[`${indicator.id}.${period}`]?.trim() || null,
      source: form.sources[indicator.id]?.trim() || null,
    })),
  );
  const county = slots.map((slot) => ({
    helperRegionId: slot.helperRegionId,
    countyId: slot.countyId,
    ...Object.fromEntries(COUNTY_FIGURE_FIELDS.map((f) => [f.key, form.county[countyKey(slot, f.key)]?.trim() || null])),
  }));
  const base = { reportId, version, values, narrative: form.narrative, ...(county.length > 0 ? { county } : {}) };
  if (kind !== 'PAIRED_ASSISTANCE') return base;
  const details = Object.fromEntries(PAIRED_DETAIL_FIELDS.map((f) => [f.key, form.details[f.key]?.trim() || null]));
  return { ...base, details, scope: form.scope };
}
