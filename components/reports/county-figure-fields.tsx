'use client';

// Per helped county in the report form: what the helper city gave (paired-assistance report,
// the counties of its helped scope) or what the assessed city received from each helping city
// (work report). One fieldset per helper × county, one input per COUNTY_FIGURE_FIELDS entry.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import { COUNTY_FIGURE_FIELDS, countyFieldName, type CountySlot } from '@/modules/reports/county-figures';
import { controlProps, Field } from '@/components/ui/form-controls';
import { cn } from '@/components/ui/cn';
import type { DraftForm } from '@/components/reports/draft-form';

export function CountyFigureFields({
  slots,
  direction,
  form,
  errors,
  onChange,
}: {
  slots: readonly CountySlot[];
  direction: 'given' | 'received';
  form: DraftForm;
  errors: FieldErrors;
  onChange: (change: (form: DraftForm) => DraftForm) => void;
}) {
  const t = useTranslations('reports.county');
  if (slots.length === 0) return <p className="text-sm text-slate-600">{t(direction === 'given' ? 'noCounties' : 'noPairing')}</p>;
  return (
    <div className="space-y-4">
      {slots.map((slot) => (
        <fieldset key={`${slot.helperRegionId}.${slot.countyId}`} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">
            {direction === 'given' ? slot.countyName : t('fromHelper', { helper: slot.helperName, county: slot.countyName })}
          </legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {COUNTY_FIGURE_FIELDS.map((field) => {
              // The county in each label: the same figure is asked for every county (and the report-wide teams above).
              const where = direction === 'given' ? slot.countyName : t('fromHelper', { helper: slot.helperName, county: slot.countyName });
              const id = countyFieldName(slot.helperRegionId, slot.countyId, field.key);
              const key = `${slot.helperRegionId}.${slot.countyId}.${field.key}`;
              const props = controlProps(id, errors);
              return (
                <Field key={field.key} id={id} label={t('slotLabel', { where, field: t(`field.${field.key}`), unit: t(`unitName.${field.unit}`) })} errors={errors}>
                  <input
                    {...props}
                    className={cn(props.className, 'text-right tabular-nums')}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    maxLength={64}
                    value={form.county[key] ?? ''}
                    onChange={(e) => onChange((f) => ({ ...f, county: { ...f.county, [key]: e.target.value } }))}
                  />
                </Field>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
