'use client';

// The figures part of the report form: per indicator a value for each period it asks for,
// and the data source. Figures are typed as text so '1,234.5' and full-width digits work.
import { useLocale, useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { ReportIndicator } from '@/modules/reports/queries';
import { reportPeriodsFor } from '@/modules/reports/rules';
import { controlProps, Field } from '@/components/ui/form-controls';
import { cn } from '@/components/ui/cn';
import { groupByCategory, indicatorName, unitName } from '@/components/reports/indicator-name';
import type { DraftForm } from '@/components/reports/draft-form';

export function FigureFields({
  indicators,
  form,
  errors,
  disabled,
  onChange,
}: {
  indicators: ReportIndicator[];
  form: DraftForm;
  errors: FieldErrors;
  disabled?: boolean;
  onChange: (change: (form: DraftForm) => DraftForm) => void;
}) {
  const t = useTranslations('reports');
  const locale = useLocale();
  const setValue = (key: string, value: string) => onChange((f) => ({ ...f, values: { ...f.values, [key]: value } }));
  const setSource = (id: string, value: string) => onChange((f) => ({ ...f, sources: { ...f.sources, [id]: value } }));
  if (indicators.length === 0) return <p className="text-sm text-slate-600">{t('figures.noIndicators')}</p>;

  return (
    <div className="space-y-6">
      {groupByCategory(indicators).map(({ category, items }) => (
        <section key={category} aria-labelledby={`category-${category}`} className="space-y-3">
          <h3 id={`category-${category}`} className="font-medium text-slate-800">{t(`category.${category}`)}</h3>
          {items.map((indicator) => (
            <fieldset key={indicator.id} className="rounded-md border border-slate-200 p-3" disabled={disabled}>
              <legend className="px-1 text-sm text-slate-900">
                <span className="mr-1 font-mono text-xs text-slate-500">{indicator.code}</span>
                {indicatorName(indicator, locale)}
                <span className="text-slate-500">{t('figures.unit', { unit: unitName(t, indicator.unit) })}</span>
              </legend>
              <div className="grid gap-3 sm:grid-cols-3">
                {reportPeriodsFor(indicator.valueType).map((period) => {
                  const id = `values.${indicator.id}.${period}`;
                  const props = controlProps(id, errors);
                  return (
                    <Field key={period} id={id} label={t(`period.${period}`)} errors={errors}>
                      <input
                        {...props}
                        className={cn(props.className, 'text-right tabular-nums')}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        maxLength={64}
                        value={form.values[`${indicator.id}.${period}`] ?? ''}
                        onChange={(e) => setValue(`${indicator.id}.${period}`, e.target.value)}
                      />
                    </Field>
                  );
                })}
                <Field id={`sources.${indicator.id}`} label={t('figures.source')} errors={errors} className="sm:col-span-3">
                  <input
                    {...controlProps(`sources.${indicator.id}`, errors)}
                    type="text"
                    maxLength={500}
                    placeholder={t('figures.sourcePlaceholder')}
                    value={form.sources[indicator.id] ?? ''}
                    onChange={(e) => setSource(indicator.id, e.target.value)}
                  />
                </Field>
              </div>
            </fieldset>
          ))}
        </section>
      ))}
    </div>
  );
}
