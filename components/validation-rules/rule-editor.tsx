'use client';

// A campaign's validation rules with add, edit, remove and move up / down for the assessment
// office while the campaign is open. One form at a time sits above the list.
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { moveRuleAction, removeRuleAction } from '@/modules/validation-rules/actions';
import type { RuleRow } from '@/modules/validation-rules/queries';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { RuleForm } from '@/components/validation-rules/rule-form';
import { RuleEditForm } from '@/components/validation-rules/rule-edit-form';
import { RuleTable } from '@/components/validation-rules/rule-table';

type Direction = 'up' | 'down';

export function RuleEditor({ campaignId, rules, editable }: { campaignId: string; rules: RuleRow[]; editable: boolean }) {
  const t = useTranslations('rules');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  // The rule being edited is followed by id: after someone else's save the page brings its new version.
  const [form, setForm] = useState<'new' | string | null>(null);
  const editingRow = form && form !== 'new' ? (rules.find((r) => r.id === form) ?? null) : null;
  const [notice, setNotice] = useState<string | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);

  // A moved rule is re-rendered elsewhere: keep focus on its move button (or the other one at the ends).
  useEffect(() => {
    if (!focusAfterMove) return;
    const button = document.getElementById(`move-${focusAfterMove.direction}-${focusAfterMove.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${focusAfterMove.direction === 'up' ? 'down' : 'up'}-${focusAfterMove.id}`);
    (button && !button.disabled ? button : other)?.focus();
  }, [rules, focusAfterMove]);

  async function move(row: RuleRow, direction: Direction) {
    setNotice(null);
    const moved = await submit(() => moveRuleAction({ id: row.id, position: row.position, direction }));
    if (moved) {
      setFocusAfterMove({ id: row.id, direction });
      setNotice(t('notices.moved'));
      router.refresh();
    }
  }

  async function remove(row: RuleRow) {
    setNotice(null);
    const removed = await submit(() => removeRuleAction({ id: row.id, version: row.version }));
    if (removed) {
      setNotice(t('notices.removed'));
      router.refresh();
    }
  }

  function closeForm(savedCode: string | null) {
    if (savedCode) setNotice(t(form === 'new' ? 'notices.added' : 'notices.saved', { code: savedCode }));
    setForm(null);
    if (savedCode) router.refresh();
  }

  return (
    <div>
      {editable && form === null ? (
        <div className="mb-4">
          <Button onClick={() => { setNotice(null); setForm('new'); }}>{t('actions.add')}</Button>
        </div>
      ) : null}
      {editable && form === 'new' ? <RuleForm key="new" campaignId={campaignId} editing={null} onDone={(code) => closeForm(code)} onCancel={() => closeForm(null)} /> : null}
      {editable && editingRow ? (
        <RuleEditForm key={editingRow.id} campaignId={campaignId} rule={editingRow} onDone={(code) => closeForm(code)} onCancel={() => closeForm(null)} />
      ) : null}
      <div className="mb-4 space-y-2">
        <FormAlert message={failure?.message} />
        <FormNotice message={notice} />
      </div>
      {rules.length === 0 ? (
        <EmptyState title={t('empty.title')} description={editable ? t('empty.description') : undefined} />
      ) : (
        <RuleTable rules={rules} editable={editable} pending={pending} onMove={move} onEdit={(row) => { setNotice(null); setForm(row.id); }} onRemove={remove} />
      )}
    </div>
  );
}
