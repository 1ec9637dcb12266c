'use client';

// Creates a campaign, or edits one's name, year, period and description.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createCampaignAction, updateCampaignAction } from '@/modules/campaigns/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export type CampaignFormValues = {
  name: string;
  year: number;
  /** yyyy-mm-dd */
  periodStart: string;
  periodEnd: string;
  description: string;
};

type Props =
  | { mode: 'create'; initial: CampaignFormValues }
  | { mode: 'edit'; initial: CampaignFormValues; id: string; version: number };

export function CampaignForm(props: Props) {
  const t = useTranslations('campaigns.form');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [saved, setSaved] = useState(false);
  const errors = failure?.fieldErrors ?? {};
  const { initial } = props;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const values = {
      name: String(form.get('name') ?? ''),
      year: String(form.get('year') ?? ''),
      periodStart: String(form.get('periodStart') ?? ''),
      periodEnd: String(form.get('periodEnd') ?? ''),
      description: String(form.get('description') ?? ''),
    };
    if (props.mode === 'create') {
      const created = await submit(() => createCampaignAction(values));
      if (created) router.push(`/campaigns/${created.id}`);
      return;
    }
    // The version is the one this page was rendered with: a save by someone else since then is a conflict.
    const updated = await submit(() => updateCampaignAction({ ...values, id: props.id, version: props.version }));
    if (updated) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={failure?.message} />
      <Field id="name" label={t('name')} errors={errors}>
        <input {...controlProps('name', errors)} type="text" required maxLength={200} defaultValue={initial.name} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="year" label={t('year')} errors={errors}>
          <input {...controlProps('year', errors)} type="number" inputMode="numeric" required min={2000} max={2100} defaultValue={initial.year} />
        </Field>
        <Field id="periodStart" label={t('periodStart')} errors={errors}>
          <input {...controlProps('periodStart', errors)} type="date" required defaultValue={initial.periodStart} />
        </Field>
        <Field id="periodEnd" label={t('periodEnd')} errors={errors}>
          <input {...controlProps('periodEnd', errors)} type="date" required defaultValue={initial.periodEnd} />
        </Field>
      </div>
      <Field id="description" label={t('description')} hint={t('descriptionHint')} errors={errors}>
        <textarea {...controlProps('description', errors, t('descriptionHint'))} rows={4} maxLength={4000} defaultValue={initial.description} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {props.mode === 'create' ? (pending ? t('creating') : t('create')) : pending ? t('saving') : t('save')}
        </Button>
        <FormNotice message={saved && !pending ? t('saved') : null} />
      </div>
    </form>
  );
}
