'use client';

// Draws the visit's sample by the campaign's rules, with a crypto-random seed or one given in advance.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { drawSampleAction } from '@/modules/sampling/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function DrawSampleForm({ siteVisitId, version, hasSample }: { siteVisitId: string; version: number; hasSample: boolean }) {
  const t = useTranslations('siteVisits.sample');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const errors = failure?.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const seed = String(new FormData(event.currentTarget).get('seed') ?? '');
    const drawn = await submit(() => drawSampleAction({ siteVisitId, version, seed }));
    if (drawn) {
      setNotice(t('drawn', { count: drawn.households, seed: drawn.seed }));
      router.refresh();
    }
  }

  const hint = hasSample ? `${t('seedHint')} ${t('redrawHint')}` : t('seedHint');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={failure?.message} />
      <Field id="seed" label={t('seed')} hint={hint} errors={errors}>
        <input {...controlProps('seed', errors, hint)} type="text" maxLength={128} autoComplete="off" />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? t('drawing') : hasSample ? t('redraw') : t('draw')}</Button>
        <FormNotice message={notice} />
      </div>
    </form>
  );
}
