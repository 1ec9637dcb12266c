'use client';

// A campaign's indicators in their order, with add, edit, remove and move up / down
// for the assessment office while the campaign is open. One form at a time sits above
// the table, so the table stays readable (and scrolls sideways on its own on phones).
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { moveIndicatorAction, removeIndicatorAction } from '@/modules/indicators/actions';
import type { IndicatorRow } from '@/modules/indicators/queries';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormAlert } from '@/components/ui/form-controls';
import { IndicatorForm } from '@/components/campaigns/indicator-form';
import { IndicatorTable } from '@/components/campaigns/indicator-table';
import { useSubmit } from '@/components/ui/use-submit';

type Direction = 'up' | 'down';

export function IndicatorFramework({ campaignId, indicators, editable }: { campaignId: string; indicators: IndicatorRow[]; editable: boolean }) {
  const t = useTranslations('campaigns.indicators');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  // 'new', the id of the row being edited, or nothing. The form gets the row as the page has it now, so a
  // reload after a conflict brings it the newer version to merge the input onto.
  const [form, setForm] = useState<'new' | string | null>(null);
  const editing = form === 'new' || form === null ? null : (indicators.find((r) => r.id === form) ?? null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);

  // A moved row is re-rendered elsewhere: keep focus on its move button, or on the other
  // one when it has reached the top or bottom, so the keyboard user can keep going.
  useEffect(() => {
    if (!focusAfterMove) return;
    const button = document.getElementById(`move-${focusAfterMove.direction}-${focusAfterMove.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${focusAfterMove.direction === 'up' ? 'down' : 'up'}-${focusAfterMove.id}`);
    (button && !button.disabled ? button : other)?.focus();
  }, [indicators, focusAfterMove]);

  async function move(row: IndicatorRow, direction: Direction) {
    const moved = await submit(() => moveIndicatorAction({ id: row.id, position: row.position, direction }));
    if (moved) {
      setFocusAfterMove({ id: row.id, direction });
      router.refresh();
    }
  }

  async function remove(row: IndicatorRow) {
    const removed = await submit(() => removeIndicatorAction({ id: row.id, version: row.version }));
    if (removed) router.refresh();
  }

  function closeForm(saved: boolean) {
    setForm(null);
    if (saved) router.refresh();
  }

  return (
    <div>
      {editable && form === null ? (
        <div className="mb-4">
          <Button onClick={() => setForm('new')}>{t('add')}</Button>
        </div>
      ) : null}
      {editable && form !== null ? (
        <IndicatorForm
          key={form}
          campaignId={campaignId}
          editing={editing}
          onDone={() => closeForm(true)}
          onCancel={() => closeForm(false)}
        />
      ) : null}
      <div className="mb-4">
        <FormAlert message={failure?.message} />
      </div>
      {indicators.length === 0 ? (
        <EmptyState title={t('empty')} description={editable ? t('emptyDescription') : undefined} />
      ) : (
        <IndicatorTable
          indicators={indicators}
          editable={editable}
          pending={pending}
          onMove={move}
          onEdit={(row) => setForm(row.id)}
          onRemove={remove}
        />
      )}
    </div>
  );
}
