'use client';

// Add an agenda item at the end, or edit one: title, presenter (a user or a named person),
// presenting region (the target or a partner region) and duration.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { addAgendaItemAction, updateAgendaItemAction } from '@/modules/meetings/actions';
import type { AgendaItemView, MeetingPerson, PresentingRegion } from '@/modules/meetings/queries';
import type { PersonKind } from '@/modules/meetings/schema';
import { Button } from '@/components/ui/button';
import { Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { PersonFields } from '@/components/meetings/person-fields';
import { readText, scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';

const PRESENTER = { user: 'presenterId', name: 'presenterName', title: 'presenterTitle', organisation: 'presenterOrganisation' };
const TEXT_FIELDS = ['title', 'presenterId', 'presenterName', 'presenterTitle', 'presenterOrganisation', 'presentingRegionId', 'durationMinutes'];

export function AgendaItemForm({ target, item, people, regions, onDone }: {
  target: { meetingId: string } | { id: string; version: number };
  item?: AgendaItemView;
  people: MeetingPerson[];
  regions: PresentingRegion[];
  onDone?: () => void;
}) {
  const t = useTranslations('meetings.agenda');
  const router = useRouter();
  const prefix = useId();
  const [kind, setKind] = useState<PersonKind>(item && !item.presenter && item.presenterName ? 'EXTERNAL' : 'USER');
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readText(form, TEXT_FIELDS);
    // Only the chosen kind's presenter fields are sent; the other kind's inputs keep their text.
    const presenter =
      kind === 'USER'
        ? { presenterId: v.presenterId }
        : { presenterName: v.presenterName, presenterTitle: v.presenterTitle, presenterOrganisation: v.presenterOrganisation };
    const duration = v.durationMinutes === null ? null : Number(v.durationMinutes);
    const fields = { title: v.title ?? '', kind, ...presenter, presentingRegionId: v.presentingRegionId, durationMinutes: duration };
    const done = await submit(() =>
      'meetingId' in target ? addAgendaItemAction({ ...fields, meetingId: target.meetingId }) : updateAgendaItemAction({ ...fields, ...target }),
    );
    if (!done) return;
    if ('meetingId' in target) form.reset();
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={failure?.message} />
      <Field id={`${prefix}title`} label={t('itemTitle')} errors={errors}>
        <input {...control('title')} type="text" required maxLength={200} defaultValue={item?.title ?? ''} />
      </Field>
      <PersonFields
        legend={t('presenter')}
        prefix={prefix}
        names={PRESENTER}
        errors={errors}
        people={people}
        kind={kind}
        onKindChange={setKind}
        defaults={{ user: item?.presenter?.id, name: item?.presenterName, title: item?.presenterTitle, organisation: item?.presenterOrganisation }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}presentingRegionId`} label={t('region')} hint={t('regionHint')} errors={errors}>
          <select {...control('presentingRegionId')} defaultValue={item?.presentingRegion?.id ?? ''}>
            <option value="">{t('noRegion')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}durationMinutes`} label={t('duration')} errors={errors}>
          <input {...control('durationMinutes')} type="number" inputMode="numeric" min={1} max={480} step={1} defaultValue={item?.durationMinutes ?? ''} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : 'meetingId' in target ? t('add') : t('save')}
        </Button>
        {onDone && !('meetingId' in target) ? (
          <Button variant="ghost" onClick={onDone} disabled={pending}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
