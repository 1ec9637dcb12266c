'use client';

// Adds an indicator to a campaign's framework, or edits one.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { createIndicatorAction, updateIndicatorAction } from '@/modules/indicators/actions';
import { INDICATOR_CATEGORIES, INDICATOR_VALUE_TYPES } from '@/modules/indicators/rules';
import type { IndicatorRow } from '@/modules/indicators/queries';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

type Props = {
  campaignId: string;
  /** The row being edited, as it was when editing started (its version guards the save). */
  editing: IndicatorRow | null;
  onDone: () => void;
  onCancel: () => void;
};

const TEXT_FIELDS = ['code', 'name', 'nameEn', 'unit', 'category', 'valueType', 'weight', 'verificationMethod', 'scoringRule'] as const;

export function IndicatorForm({ campaignId, editing, onDone, onCancel }: Props) {
  const t = useTranslations('campaigns.indicators');
  const { pending, failure, submit } = useSubmit();
  const errors = failure?.fieldErrors ?? {};
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening the form takes the keyboard user to it.
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, String(form.get(f) ?? '')])) as Record<(typeof TEXT_FIELDS)[number], string>;
    const input = { ...values, category: values.category as IndicatorRow['category'], valueType: values.valueType as IndicatorRow['valueType'] };
    const saved = editing
      ? await submit(() => updateIndicatorAction({ ...input, id: editing.id, version: editing.version }))
      : await submit(() => createIndicatorAction({ ...input, campaignId }));
    if (saved) onDone();
  }

  return (
    <Card className="mb-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="mb-3 font-semibold text-slate-900 focus:outline-none">
        {editing ? t('editTitle', { code: editing.code }) : t('addTitle')}
      </h2>
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="space-y-4">
        <FormAlert message={failure?.message} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="code" label={t('fields.code')} hint={t('fields.codeHint')} errors={errors}>
            <input {...controlProps('code', errors, t('fields.codeHint'))} type="text" required maxLength={20} autoCapitalize="characters" spellCheck={false} defaultValue={editing?.code} />
          </Field>
          <Field id="name" label={t('fields.name')} errors={errors} className="lg:col-span-2">
            <input {...controlProps('name', errors)} type="text" required maxLength={200} defaultValue={editing?.name} />
          </Field>
          <Field id="unit" label={t('fields.unit')} hint={t('fields.unitHint')} errors={errors}>
            <input {...controlProps('unit', errors, t('fields.unitHint'))} type="text" required maxLength={20} defaultValue={editing?.unit} />
          </Field>
          <Field id="category" label={t('fields.category')} errors={errors}>
            <select {...controlProps('category', errors)} required defaultValue={editing?.category ?? ''}>
              <option value="" disabled>{t('fields.choose')}</option>
              {INDICATOR_CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
            </select>
          </Field>
          <Field id="valueType" label={t('fields.valueType')} errors={errors}>
            <select {...controlProps('valueType', errors)} required defaultValue={editing?.valueType ?? ''}>
              <option value="" disabled>{t('fields.choose')}</option>
              {INDICATOR_VALUE_TYPES.map((v) => <option key={v} value={v}>{t(`valueType.${v}`)}</option>)}
            </select>
          </Field>
          <Field id="weight" label={t('fields.weight')} hint={t('fields.weightHint')} errors={errors}>
            <input {...controlProps('weight', errors, t('fields.weightHint'))} type="number" inputMode="decimal" required min={0} max={100} step={0.01} defaultValue={editing?.weight} />
          </Field>
          <Field id="nameEn" label={t('fields.nameEn')} errors={errors}>
            <input {...controlProps('nameEn', errors)} type="text" lang="en" maxLength={200} defaultValue={editing?.nameEn ?? ''} />
          </Field>
          <Field id="verificationMethod" label={t('fields.verificationMethod')} errors={errors} className="sm:col-span-2">
            <textarea {...controlProps('verificationMethod', errors)} rows={3} maxLength={2000} defaultValue={editing?.verificationMethod ?? ''} />
          </Field>
          <Field id="scoringRule" label={t('fields.scoringRule')} errors={errors} className="sm:col-span-2">
            <textarea {...controlProps('scoringRule', errors)} rows={3} maxLength={4000} defaultValue={editing?.scoringRule ?? ''} />
          </Field>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending}>
            {editing ? (pending ? t('saving') : t('save')) : pending ? t('adding') : t('addSubmit')}
          </Button>
          <Button variant="ghost" disabled={pending} onClick={onCancel}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
