'use client';

// The leader's controls on one agenda item: move up or down, edit in place, remove (after asking).
// Unsaved input of the edit form is kept in the browser: it keeps the form open, is merged onto
// someone else's newer save, and after a reload is offered back.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { moveAgendaItemAction, removeAgendaItemAction } from '@/modules/meetings/actions';
import type { AgendaItemView, MeetingPerson, PresentingRegion } from '@/modules/meetings/queries';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { AgendaItemForm, agendaText, type AgendaText } from '@/components/meetings/agenda-item-form';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';

const CODEC = plainCodec<AgendaText>();

export function AgendaItemControls({ item, first, last, people, regions }: {
  item: AgendaItemView;
  first: boolean;
  last: boolean;
  people: MeetingPerson[];
  regions: PresentingRegion[];
}) {
  const t = useTranslations('meetings.agenda');
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { pending, failure, submit } = useSubmit();
  const draft = useVersionedDraft({ recordKey: `agendaItem:${item.id}`, version: item.version, values: agendaText(item), codec: CODEC });

  async function run<R>(call: () => Promise<ActionResult<R>>) {
    if (await submit(call)) router.refresh();
  }

  if (editing || draft.dirty) {
    return (
      <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        <AgendaItemForm
          key={draft.generation}
          target={{ id: item.id, version: draft.version }}
          item={item}
          draft={draft}
          people={people}
          regions={regions}
          onDone={() => {
            draft.reset();
            setEditing(false);
          }}
        />
      </div>
    );
  }

  return (
    <div className="mt-2 space-y-2">
      <FormAlert message={failure?.message} />
      {/* Nothing is dirty here, so there are no conflicts to label. */}
      <DraftNotices draft={draft} labelOf={() => ''} onRestore={() => setEditing(true)} />
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" disabled={pending || first} aria-label={t('moveUpItem', { title: item.title })} onClick={() => run(() => moveAgendaItemAction({ id: item.id, direction: 'UP' }))}>
          {t('moveUp')}
        </Button>
        <Button size="sm" variant="secondary" disabled={pending || last} aria-label={t('moveDownItem', { title: item.title })} onClick={() => run(() => moveAgendaItemAction({ id: item.id, direction: 'DOWN' }))}>
          {t('moveDown')}
        </Button>
        <Button size="sm" variant="secondary" disabled={pending} aria-label={t('editItem', { title: item.title })} onClick={() => setEditing(true)}>
          {t('edit')}
        </Button>
        <ConfirmAction
          size="sm"
          label={t('remove')}
          ariaLabel={t('removeItem', { title: item.title })}
          question={t('removeQuestion')}
          confirmLabel={t('confirmRemove')}
          cancelLabel={t('cancel')}
          pending={pending}
          onConfirm={() => run(() => removeAgendaItemAction({ id: item.id, version: item.version }))}
        />
      </div>
    </div>
  );
}
