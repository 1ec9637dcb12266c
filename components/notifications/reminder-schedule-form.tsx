'use client';

// Admins set when a campaign's deadlines are reminded and escalated. The campaign's version guards the save.
import type { FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { updateReminderScheduleAction } from '@/modules/notifications/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSave } from '@/components/ui/use-save';

export type ScheduleText = { remindDaysBefore: string; escalateRegionAfterDays: string; escalateOfficeAfterDays: string };

export function ReminderScheduleForm({ campaignId, version, values }: { campaignId: string; version: number; values: ScheduleText }) {
  const t = useTranslations('notifications.schedule');
  const { pending, failure, errors, saved, save } = useSave();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      campaignId,
      version,
      remindDaysBefore: String(data.get('remindDaysBefore') ?? ''),
      escalateRegionAfterDays: String(data.get('escalateRegionAfterDays') ?? ''),
      escalateOfficeAfterDays: String(data.get('escalateOfficeAfterDays') ?? ''),
    };
    await save(() => updateReminderScheduleAction(input));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t('title')}>
      <FormAlert message={failure?.message} />
      <Field id="remindDaysBefore" label={t('remindDaysBefore')} errors={errors}>
        <input {...controlProps('remindDaysBefore', errors)} type="text" inputMode="numeric" maxLength={100} defaultValue={values.remindDaysBefore} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {(['escalateRegionAfterDays', 'escalateOfficeAfterDays'] as const).map((f) => (
          <Field key={f} id={f} label={t(f)} errors={errors}>
            <input {...controlProps(f, errors)} type="number" inputMode="numeric" min={1} max={60} step={1} required defaultValue={values[f]} />
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{t('save')}</Button>
        <FormNotice message={saved ? t('saved') : null} />
      </div>
    </form>
  );
}
