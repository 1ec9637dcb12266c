'use client';

// Schedule a meeting for an assessment, or edit one: kind, title, date and time (in the assessment's
// time zone), place, chair.
import { useId, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { MeetingKind } from '@/lib/generated/prisma/enums';
import { scheduleMeetingAction, updateMeetingAction } from '@/modules/meetings/actions';
import { toLocalDateTimeInput } from '@/lib/local-time';
import type { MeetingPerson } from '@/modules/meetings/queries';
import { Button } from '@/components/ui/button';
import { Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { personOption } from '@/components/meetings/person-label';
import { readText, scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';

export type MeetingFormValues = { kind: MeetingKind; title: string; startsAt: Date | null; place: string; chairId: string | null };

type Target = { assessmentId: string } | { id: string; version: number };

export function MeetingForm({ target, values, people, onDone }: {
  target: Target;
  values: MeetingFormValues;
  people: MeetingPerson[];
  onDone?: () => void;
}) {
  const t = useTranslations('meetings.form');
  const tKind = useTranslations('meetingKind');
  const tPerson = useTranslations('meetings.person');
  const router = useRouter();
  const prefix = useId();
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = readText(event.currentTarget, ['kind', 'title', 'startsAt', 'place', 'chairId']);
    const fields = { kind: text.kind as MeetingKind, title: text.title ?? '', startsAt: text.startsAt ?? '', place: text.place ?? '', chairId: text.chairId };
    if ('assessmentId' in target) {
      const created = await submit(() => scheduleMeetingAction({ ...fields, assessmentId: target.assessmentId }));
      if (created) router.push(`/meetings/${created.id}`);
      return;
    }
    const saved = await submit(() => updateMeetingAction({ ...fields, id: target.id, version: target.version }));
    if (saved) {
      onDone?.();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={failure?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}kind`} label={t('kind')} errors={errors}>
          <select {...control('kind')} defaultValue={values.kind}>
            {(['BRIEFING', 'FEEDBACK'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {tKind(kind)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}startsAt`} label={t('startsAt')} hint={t('startsAtHint')} errors={errors}>
          <input {...control('startsAt')} type="datetime-local" required defaultValue={values.startsAt ? toLocalDateTimeInput(values.startsAt) : ''} />
        </Field>
        <Field id={`${prefix}title`} label={t('title')} errors={errors} className="sm:col-span-2">
          <input {...control('title')} type="text" required maxLength={200} defaultValue={values.title} />
        </Field>
        <Field id={`${prefix}place`} label={t('place')} errors={errors}>
          <input {...control('place')} type="text" required maxLength={200} defaultValue={values.place} />
        </Field>
        <Field id={`${prefix}chairId`} label={t('chair')} errors={errors}>
          <select {...control('chairId')} defaultValue={values.chairId ?? ''}>
            <option value="">{t('noChair')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personOption(tPerson, p)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : 'assessmentId' in target ? t('schedule') : t('save')}
        </Button>
        {onDone ? (
          <Button variant="ghost" onClick={onDone} disabled={pending}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
