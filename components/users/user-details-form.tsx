'use client';

// Edits a person's name, title and home region. The version is the one the page was rendered
// with: a save by someone else since then is reported as a conflict, and the input is kept.
import type { FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { updateUserAction } from '@/modules/users/actions';
import type { ScopeOptions } from '@/modules/users/queries';
import { Button } from '@/components/ui/button';
import { FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSave } from '@/components/ui/use-save';
import { PersonFields, type PersonValues } from '@/components/users/person-fields';

export function UserDetailsForm({ id, version, initial, regions }: { id: string; version: number; initial: PersonValues; regions: ScopeOptions['regions'] }) {
  const t = useTranslations('users.details');
  const { pending, failure, errors, saved, save } = useSave();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(field) ?? '');
    const input = { id, version, displayName: value('displayName'), title: value('title'), homeRegionId: value('homeRegionId') };
    await save(() => updateUserAction(input));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={failure?.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <PersonFields regions={regions} errors={errors} initial={initial} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
        <FormNotice message={saved ? t('saved') : null} />
      </div>
    </form>
  );
}
