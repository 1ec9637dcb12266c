'use client';

// Renumbers or renames a group (against the version the input started from), or deletes a group
// that has no targets yet. What is typed is kept in the browser and merged after a conflict.
import type { FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { deleteGroupAction, updateGroupAction } from '@/modules/groups/actions';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSave } from '@/components/ui/use-save';
import { scopeErrors } from '@/components/groups/scoped-errors';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';

type GroupText = { number: string; name: string };
const CODEC = plainCodec<GroupText>();

type Props = { group: { id: string; number: number; name: string; version: number }; deletable: boolean };

export function GroupEditForm({ group, deletable }: Props) {
  const t = useTranslations('groups.form');
  const router = useRouter();
  const { pending, failure, saved, save, submit } = useSave();
  const scope = `group-${group.id}`;
  const errors = scopeErrors(failure?.fieldErrors, scope);
  const draft = useVersionedDraft({ recordKey: `group:${group.id}`, version: group.version, values: { number: String(group.number), name: group.name }, codec: CODEC });
  const readForm = (form: HTMLFormElement): GroupText => {
    const data = new FormData(form);
    return { number: String(data.get(`${scope}-number`) ?? ''), name: String(data.get(`${scope}-name`) ?? '') };
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.conflicts.length > 0) return;
    const text = readForm(event.currentTarget);
    await save(
      async () => draft.checkConflict(await updateGroupAction({ id: group.id, version: draft.version, ...text })),
      (done) => draft.markSaved(text, done.version),
    );
  }

  async function onDelete() {
    if (await submit(async () => draft.checkConflict(await deleteGroupAction({ id: group.id, version: draft.version })))) router.refresh();
  }

  return (
    <form key={draft.generation} onSubmit={onSubmit} onChange={(e) => draft.update(() => readForm(e.currentTarget))} noValidate className="space-y-3">
      <FormAlert message={failure?.code === 'CONFLICT' ? null : failure?.message} />
      <DraftNotices draft={draft} labelOf={([field]) => t(field === 'number' ? 'number' : 'name')} />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <Field id={`${scope}-number`} label={t('number')} errors={errors}>
          <input {...controlProps(`${scope}-number`, errors)} type="number" inputMode="numeric" required min={1} max={999} defaultValue={draft.mine.number} />
        </Field>
        <Field id={`${scope}-name`} label={t('name')} errors={errors}>
          <input {...controlProps(`${scope}-name`, errors)} type="text" required maxLength={100} defaultValue={draft.mine.name} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending || draft.conflicts.length > 0}>
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
        <FormNotice message={saved ? t('saved') : null} />
      </div>
    </form>
  );
}
