'use client';

// Add an agenda item at the end, or edit one: title, presenter (a user or a named person),
// presenting region (the target or a partner region) and duration. Editing goes through a
// versioned draft (docs/decisions/012): input kept in the browser, merged after a conflict.
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
import { DraftNotices } from '@/components/drafts/draft-notices';
import type { VersionedDraft } from '@/components/drafts/use-versioned-draft';

const PRESENTER = { user: 'presenterId', name: 'presenterName', title: 'presenterTitle', organisation: 'presenterOrganisation' };
const TEXT_FIELDS = ['title', 'presenterId', 'presenterName', 'presenterTitle', 'presenterOrganisation', 'presentingRegionId', 'durationMinutes'] as const;

/** The form's input as typed, the presenter's kind included (empty text is null). */
export type AgendaText = Record<(typeof TEXT_FIELDS)[number], string | null> & { kind: PersonKind };

export function agendaText(item: AgendaItemView): AgendaText {
  return {
    title: item.title,
    kind: !item.presenter && item.presenterName ? 'EXTERNAL' : 'USER',
    presenterId: item.presenter?.id ?? null,
    presenterName: item.presenterName ?? null,
    presenterTitle: item.presenterTitle ?? null,
    presenterOrganisation: item.presenterOrganisation ?? null,
    presentingRegionId: item.presentingRegion?.id ?? null,
    durationMinutes: item.durationMinutes ? String(item.durationMinutes) : null,
  };
}

const LABELS: Record<string, 'itemTitle' | 'presenter' | 'region' | 'duration'> = { title: 'itemTitle', presentingRegionId: 'region', durationMinutes: 'duration' };

export function AgendaItemForm({ target, item, draft, people, regions, onDone }: {
  target: { meetingId: string } | { id: string; version: number };
  item?: AgendaItemView;
  /** Set when editing (the parent remounts the form on its generation). */
  draft?: VersionedDraft<AgendaText>;
  people: MeetingPerson[];
  regions: PresentingRegion[];
  onDone?: () => void;
}) {
  const t = useTranslations('meetings.agenda');
  const router = useRouter();
  const prefix = useId();
  const shown: Partial<AgendaText> = draft?.mine ?? (item ? agendaText(item) : {});
  const [kind, setKind] = useState<PersonKind>(shown.kind ?? 'USER');
  const readInput = (form: HTMLFormElement): AgendaText => ({
    ...(readText(form, TEXT_FIELDS) as Record<(typeof TEXT_FIELDS)[number], string | null>),
    // The radio's own change runs first but its state is not read yet: the form knows the choice.
    kind: new FormData(form).get(`${prefix}kind`) === 'EXTERNAL' ? 'EXTERNAL' : 'USER',
  });
  const conflicts = draft?.conflicts.length ?? 0;
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);
  const control = (field: string) => scopedControl(prefix, field, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (conflicts > 0) return;
    const form = event.currentTarget;
    const v = readInput(form);
    // Only the chosen kind's presenter fields are sent; the other kind's inputs keep their text.
    const presenter =
      kind === 'USER'
        ? { presenterId: v.presenterId }
        : { presenterName: v.presenterName, presenterTitle: v.presenterTitle, presenterOrganisation: v.presenterOrganisation };
    const duration = v.durationMinutes === null ? null : Number(v.durationMinutes);
    const fields = { title: v.title ?? '', kind, ...presenter, presentingRegionId: v.presentingRegionId, durationMinutes: duration };
    if ('meetingId' in target) {
      if (!(await submit(() => addAgendaItemAction({ ...fields, meetingId: target.meetingId })))) return;
      form.reset();
    } else {
      const saved = await submit(async () => {
        const result = await updateAgendaItemAction({ ...fields, ...target });
        return draft ? draft.checkConflict(result) : result;
      });
      if (!saved) return;
      draft?.markSaved(v, saved.version);
    }
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} onChange={(e) => draft?.update(() => readInput(e.currentTarget))} className="space-y-4" noValidate>
      <FormAlert message={draft && failure?.code === 'CONFLICT' ? null : failure?.message} />
      {draft ? <DraftNotices draft={draft} offer={false} labelOf={([field]) => t(LABELS[field ?? ''] ?? 'presenter')} /> : null}
      <Field id={`${prefix}title`} label={t('itemTitle')} errors={errors}>
        <input {...control('title')} type="text" required maxLength={200} defaultValue={shown.title ?? ''} />
      </Field>
      <PersonFields
        legend={t('presenter')}
        prefix={prefix}
        names={PRESENTER}
        errors={errors}
        people={people}
        kind={kind}
        onKindChange={setKind}
        defaults={{ user: shown.presenterId, name: shown.presenterName, title: shown.presenterTitle, organisation: shown.presenterOrganisation }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}presentingRegionId`} label={t('region')} hint={t('regionHint')} errors={errors}>
          <select {...control('presentingRegionId')} defaultValue={shown.presentingRegionId ?? ''}>
            <option value="">{t('noRegion')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}durationMinutes`} label={t('duration')} errors={errors}>
          <input {...control('durationMinutes')} type="number" inputMode="numeric" min={1} max={480} step={1} defaultValue={shown.durationMinutes ?? ''} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || conflicts > 0}>
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
