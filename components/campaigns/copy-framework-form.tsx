'use client';

// Copies another campaign's whole indicator framework into this one (appended after
// any indicators it already has; refused, naming the codes, if any code is taken).
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { copyFrameworkAction } from '@/modules/indicators/actions';
import type { FrameworkSource } from '@/modules/indicators/queries';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function CopyFrameworkForm({ campaignId, sources }: { campaignId: string; sources: FrameworkSource[] }) {
  const t = useTranslations('campaigns.indicators.copy');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [copied, setCopied] = useState<{ copied: number; rules: number } | null>(null);
  const errors = failure?.fieldErrors ?? {};

  if (sources.length === 0) return <p className="text-sm text-slate-600">{t('noSources')}</p>;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCopied(null);
    const sourceCampaignId = String(new FormData(event.currentTarget).get('sourceCampaignId') ?? '');
    const result = await submit(() => copyFrameworkAction({ campaignId, sourceCampaignId }));
    if (result) {
      setCopied(result);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={failure?.message} />
      <Field id="sourceCampaignId" label={t('source')} hint={t('hint')} errors={errors}>
        <select {...controlProps('sourceCampaignId', errors, t('hint'))} required defaultValue="">
          <option value="" disabled>{t('choose')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {t('option', { year: String(s.year), name: s.name, count: s.indicators })}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('submitting') : t('submit')}
        </Button>
        <FormNotice message={copied !== null && !pending ? t('done', { count: copied.copied, rules: copied.rules }) : null} />
      </div>
    </form>
  );
}
