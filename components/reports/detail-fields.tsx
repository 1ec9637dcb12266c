'use client';

// The paired-assistance figures of the report form: funds by source, teams and staff,
// results and coverage — one input per field of PAIRED_DETAIL_GROUPS, with its unit.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import { PAIRED_DETAIL_GROUPS } from '@/modules/reports/details';
import { controlProps, Field } from '@/components/ui/form-controls';
import { cn } from '@/components/ui/cn';
import type { DraftForm } from '@/components/reports/draft-form';

export function DetailFields({
  form,
  errors,
  disabled,
  onChange,
}: {
  form: DraftForm;
  errors: FieldErrors;
  disabled?: boolean;
  onChange: (change: (form: DraftForm) => DraftForm) => void;
}) {
  const t = useTranslations('reports');
  return (
    <div className="space-y-4">
      {PAIRED_DETAIL_GROUPS.map((group) => (
        <fieldset key={group.key} className="rounded-md border border-slate-200 p-3" disabled={disabled}>
          <legend className="px-1 text-sm font-medium text-slate-800">{t(`details.group.${group.key}`)}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.fields.map((field) => {
              const id = `details.${field.key}`;
              const props = controlProps(id, errors);
              return (
                <Field key={field.key} id={id} label={t('details.label', { field: t(`details.field.${field.key}`), unit: t(`details.unitName.${field.unit}`) })} errors={errors}>
                  <input
                    {...props}
                    className={cn(props.className, 'text-right tabular-nums')}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    maxLength={64}
                    value={form.details[field.key] ?? ''}
                    onChange={(e) => onChange((f) => ({ ...f, details: { ...f.details, [field.key]: e.target.value } }))}
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
