'use client';

// The leader's controls on one agenda item: move up or down, edit in place, remove (after asking).
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
import { AgendaItemForm } from '@/components/meetings/agenda-item-form';

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

  async function run<R>(call: () => Promise<ActionResult<R>>) {
    if (await submit(call)) router.refresh();
  }

  if (editing) {
    return (
      <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        <AgendaItemForm target={{ id: item.id, version: item.version }} item={item} people={people} regions={regions} onDone={() => setEditing(false)} />
      </div>
    );
  }

  return (
    <div className="mt-2 space-y-2">
      <FormAlert message={failure?.message} />
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
