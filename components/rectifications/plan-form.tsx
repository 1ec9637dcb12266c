'use client';

// The responsible region's rectification plan: lead unit, responsible units, measures, person in
// charge and deadline. Submitting the first plan moves the finding on; later saves revise it.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { revisePlanAction, submitPlanAction } from '@/modules/rectifications/actions';
import { Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { readText, scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';
import { Button } from '@/components/ui/button';

export type PlanValues = { leadUnit: string; responsibleUnits: string | null; measures: string; personInCharge: string; deadline: Date | null };

type Target = { submit: { id: string; version: number } } | { revise: { findingId: string; version: number } };

const FIELDS = ['leadUnit', 'responsibleUnits', 'measures', 'personInCharge', 'deadline'] as const;

export function PlanForm({ target, values }: { target: Target; values: PlanValues | null }) {
  const t = useTranslations('findings.rectification');
  const router = useRouter();
  const prefix = useId();
  const { pending, failure, submit } = useSubmit();
  const [open, setOpen] = useState('submit' in target);
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = readText(event.currentTarget, FIELDS);
    const plan = { leadUnit: text.leadUnit ?? '', responsibleUnits: text.responsibleUnits, measures: text.measures ?? '', personInCharge: text.personInCharge ?? '', deadline: text.deadline ?? '' };
    const done = 'submit' in target
      ? await submit(() => submitPlanAction({ ...target.submit, ...plan }))
      : await submit(() => revisePlanAction({ ...target.revise, ...plan }));
    if (done) {
      if ('revise' in target) setOpen(false);
      router.refresh();
    }
  }

  if (!open) return <Button variant="secondary" onClick={() => setOpen(true)}>{t('revise')}</Button>;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={failure?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}leadUnit`} label={t('leadUnit')} errors={errors}>
          <input {...control('leadUnit')} type="text" required maxLength={200} defaultValue={values?.leadUnit ?? ''} />
        </Field>
        <Field id={`${prefix}responsibleUnits`} label={t('responsibleUnits')} errors={errors}>
          <input {...control('responsibleUnits')} type="text" maxLength={1000} defaultValue={values?.responsibleUnits ?? ''} />
        </Field>
        <Field id={`${prefix}measures`} label={t('measures')} errors={errors} className="sm:col-span-2">
          <textarea {...control('measures')} required rows={5} maxLength={8000} defaultValue={values?.measures ?? ''} />
        </Field>
        <Field id={`${prefix}personInCharge`} label={t('personInCharge')} errors={errors}>
          <input {...control('personInCharge')} type="text" required maxLength={100} defaultValue={values?.personInCharge ?? ''} />
        </Field>
        <Field id={`${prefix}deadline`} label={t('deadline')} hint={t('deadlineHint')} errors={errors}>
          <input {...control('deadline')} type="date" required defaultValue={values?.deadline ? values.deadline.toISOString().slice(0, 10) : ''} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>{pending ? t('saving') : 'submit' in target ? t('submitPlan') : t('save')}</Button>
        {'revise' in target ? <Button variant="ghost" disabled={pending} onClick={() => setOpen(false)}>{t('cancel')}</Button> : null}
      </div>
    </form>
  );
}
