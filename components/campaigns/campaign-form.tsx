'use client';

// Creates a campaign, or edits one's name, year, period and description. What is typed is kept
// in the browser; an edit that meets someone else's save is merged onto it (see use-versioned-draft).
import type { FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createCampaignAction, updateCampaignAction } from '@/modules/campaigns/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSave } from '@/components/ui/use-save';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';

export type CampaignFormValues = {
  name: string;
  year: number;
  /** yyyy-mm-dd */
  periodStart: string;
  periodEnd: string;
  description: string;
};

const FIELDS = ['name', 'year', 'periodStart', 'periodEnd', 'description'] as const;
type CampaignText = Record<(typeof FIELDS)[number], string>;
const CODEC = plainCodec<CampaignText>();

const readForm = (form: HTMLFormElement): CampaignText => {
  const data = new FormData(form);
  return Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')])) as CampaignText;
};

type Props =
  | { mode: 'create'; initial: CampaignFormValues }
  | { mode: 'edit'; initial: CampaignFormValues; id: string; version: number };

export function CampaignForm(props: Props) {
  const t = useTranslations('campaigns.form');
  const router = useRouter();
  const { pending, failure, errors, saved, save, submit } = useSave();
  const draft = useVersionedDraft({
    recordKey: props.mode === 'edit' ? `campaign:${props.id}` : 'campaign:new',
    version: props.mode === 'edit' ? props.version : 0,
    values: { ...props.initial, year: String(props.initial.year) },
    codec: CODEC,
  });
  const initial = draft.mine;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    if (props.mode === 'create') {
      const created = await submit(() => createCampaignAction(values));
      if (created) {
        draft.reset();
        router.push(`/campaigns/${created.id}`);
      }
      return;
    }
    // Sent with the version the input is based on: a save by someone else since then is a conflict.
    await save(
      async () => draft.checkConflict(await updateCampaignAction({ ...values, id: props.id, version: draft.version })),
      (updated) => draft.markSaved(values, updated.version),
    );
  }

  return (
    <form key={draft.generation} onSubmit={onSubmit} onChange={(e) => draft.update(() => readForm(e.currentTarget))} noValidate className="space-y-4">
      <FormAlert message={failure?.code === 'CONFLICT' ? null : failure?.message} />
      <DraftNotices draft={draft} labelOf={([field]) => t(field as (typeof FIELDS)[number])} />
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
        <Button type="submit" disabled={pending || draft.conflicts.length > 0}>
          {props.mode === 'create' ? (pending ? t('creating') : t('create')) : pending ? t('saving') : t('save')}
        </Button>
        <FormNotice message={saved ? t('saved') : null} />
      </div>
    </form>
  );
}
