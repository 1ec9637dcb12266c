'use client';

// Renumbers or renames a group (against the version the page showed), or deletes a group that
// has no targets yet.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { deleteGroupAction, updateGroupAction } from '@/modules/groups/actions';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { scopeErrors } from '@/components/groups/scoped-errors';

type Props = { group: { id: string; number: number; name: string; version: number }; deletable: boolean };

export function GroupEditForm({ group, deletable }: Props) {
  const t = useTranslations('groups.form');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [saved, setSaved] = useState(false);
  const scope = `group-${group.id}`;
  const errors = scopeErrors(failure?.fieldErrors, scope);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const values = { id: group.id, version: group.version, number: String(form.get(`${scope}-number`) ?? ''), name: String(form.get(`${scope}-name`) ?? '') };
    if (await submit(() => updateGroupAction(values))) {
      setSaved(true);
      router.refresh();
    }
  }

  async function onDelete() {
    if (await submit(() => deleteGroupAction({ id: group.id, version: group.version }))) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={failure?.message} />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <Field id={`${scope}-number`} label={t('number')} errors={errors}>
          <input {...controlProps(`${scope}-number`, errors)} type="number" inputMode="numeric" required min={1} max={999} defaultValue={group.number} />
        </Field>
        <Field id={`${scope}-name`} label={t('name')} errors={errors}>
          <input {...controlProps(`${scope}-name`, errors)} type="text" required maxLength={100} defaultValue={group.name} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
        {deletable ? (
          <ConfirmAction
            label={t('delete')}
            question={t('deleteQuestion', { number: group.number })}
            confirmLabel={t('deleteConfirm')}
            cancelLabel={t('cancel')}
            onConfirm={onDelete}
            pending={pending}
            variant="ghost"
          />
        ) : null}
        <FormNotice message={saved && !pending ? t('saved') : null} />
      </div>
    </form>
  );
}
