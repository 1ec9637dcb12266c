'use client';

// One question of a template as the admin sees it, with move up / down, edit in place and remove.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { moveItemAction, removeItemAction } from '@/modules/checklists/actions';
import type { TemplateItem } from '@/modules/checklists/queries';
import { ItemEditForm } from '@/components/checklists/item-form';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

export function ItemRow({ item, index, first, last }: { item: TemplateItem; index: number; first: boolean; last: boolean }) {
  const t = useTranslations('checks.templates.item');
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { pending, failure, submit } = useSubmit();
  const name = `${item.code} ${item.prompt}`;

  async function run<R>(call: () => Promise<ActionResult<R>>) {
    if (await submit(call)) router.refresh();
  }

  const expected =
    item.expected === null ? null : item.answerType === 'NUMBER' ? t('showMinimum', { value: item.expected }) : t(item.expected === 'NO' ? 'showNo' : 'showYes');

  return (
    <li className="py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">
            {index + 1}. {item.code} · {t(`type.${item.answerType}`)}
            {expected ? ` · ${expected}` : ''}
            {item.outcomeRole ? ` · ${t('showRole', { role: t(`role.${item.outcomeRole}`) })}` : ''}
          </p>
          <p className="font-medium break-words text-slate-900">{item.prompt}</p>
        </div>
        {item._count.answers > 0 ? <Badge>{t('answers', { count: item._count.answers })}</Badge> : null}
      </div>
      {editing ? (
        <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          <ItemEditForm item={item} onDone={() => setEditing(false)} />
        </div>
      ) : (
        <div className="mt-2 space-y-2">
          <FormAlert message={failure?.message} />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="secondary" disabled={pending || first} aria-label={t('moveUpNamed', { name })} onClick={() => run(() => moveItemAction({ id: item.id, direction: 'UP' }))}>
              {t('moveUp')}
            </Button>
            <Button size="sm" variant="secondary" disabled={pending || last} aria-label={t('moveDownNamed', { name })} onClick={() => run(() => moveItemAction({ id: item.id, direction: 'DOWN' }))}>
              {t('moveDown')}
            </Button>
            <Button size="sm" variant="secondary" disabled={pending} aria-label={t('editNamed', { name })} onClick={() => setEditing(true)}>
              {t('edit')}
            </Button>
            <ConfirmAction
              size="sm"
              label={t('remove')}
              ariaLabel={t('removeNamed', { name })}
              question={t('removeQuestion')}
              confirmLabel={t('confirmRemove')}
              cancelLabel={t('cancel')}
              pending={pending}
              onConfirm={() => run(() => removeItemAction({ id: item.id, version: item.version }))}
            />
          </div>
        </div>
      )}
    </li>
  );
}
