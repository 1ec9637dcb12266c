'use client';

// Schedule a meeting for an assessment, or edit one: kind, title, date and time (in the assessment's
// time zone), place, chair.
// Editing goes through a versioned draft: input kept in the browser, merged after a conflict.
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
import { DraftNotices } from '@/components/drafts/draft-notices';
import type { VersionedDraft } from '@/components/drafts/use-versioned-draft';

export type MeetingFormValues = { kind: MeetingKind; title: string; startsAt: Date | null; place: string; chairId: string | null };

type Target = { assessmentId: string } | { id: string; version: number };

const FIELDS = ['kind', 'title', 'startsAt', 'place', 'chairId'] as const;

/** The form's text as typed (startsAt as a local date-time input value); empty is null. */
export type MeetingText = Record<(typeof FIELDS)[number], string | null>;

export function meetingText(values: MeetingFormValues): MeetingText {
  return { kind: values.kind, title: values.title, startsAt: values.startsAt ? toLocalDateTimeInput(values.startsAt) : null, place: values.place, chairId: values.chairId };
}

export function MeetingForm({ target, values, draft, people, onDone }: {
  target: Target;
  values: MeetingFormValues;
  /** Set when editing (the parent remounts the form on its generation). */
  draft?: VersionedDraft<MeetingText>;
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
  const shown = draft?.mine ?? meetingText(values);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft && draft.conflicts.length > 0) return;
    const text = readText(event.currentTarget, FIELDS) as MeetingText;
    const fields = { kind: text.kind as MeetingKind, title: text.title ?? '', startsAt: text.startsAt ?? '', place: text.place ?? '', chairId: text.chairId };
    if ('assessmentId' in target) {
      const created = await submit(() => scheduleMeetingAction({ ...fields, assessmentId: target.assessmentId }));
      if (created) router.push(`/meetings/${created.id}`);
      return;
    }
    const saved = await submit(async () => {
      const result = await updateMeetingAction({ ...fields, id: target.id, version: target.version });
      return draft ? draft.checkConflict(result) : result;
    });
    if (saved) {
      draft?.markSaved(text, saved.version);
      onDone?.();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} onChange={(e) => draft?.update(() => readText(e.currentTarget, FIELDS) as MeetingText)} className="space-y-4" noValidate>
      <FormAlert message={draft && failure?.code === 'CONFLICT' ? null : failure?.message} />
      {draft ? <DraftNotices draft={draft} offer={false} labelOf={([field]) => t(field === 'chairId' ? 'chair' : (field as 'kind' | 'title' | 'startsAt' | 'place'))} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}kind`} label={t('kind')} errors={errors}>
          <select {...control('kind')} defaultValue={shown.kind ?? undefined}>
            {(['BRIEFING', 'FEEDBACK'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {tKind(kind)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}startsAt`} label={t('startsAt')} hint={t('startsAtHint')} errors={errors}>
          <input {...control('startsAt')} type="datetime-local" required defaultValue={shown.startsAt ?? ''} />
        </Field>
        <Field id={`${prefix}title`} label={t('title')} errors={errors} className="sm:col-span-2">
          <input {...control('title')} type="text" required maxLength={200} defaultValue={shown.title ?? ''} />
        </Field>
        <Field id={`${prefix}place`} label={t('place')} errors={errors}>
          <input {...control('place')} type="text" required maxLength={200} defaultValue={shown.place ?? ''} />
        </Field>
        <Field id={`${prefix}chairId`} label={t('chair')} errors={errors}>
          <select {...control('chairId')} defaultValue={shown.chairId ?? ''}>
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
        <Button type="submit" disabled={pending || (draft?.conflicts.length ?? 0) > 0}>
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
