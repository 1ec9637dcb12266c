'use client';

// Edits a person's name, title, home region and e-mail address for notifications. The version is the one the page was rendered
// with: a save by someone else since then is reported as a conflict, and the input is kept.
import type { FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { updateUserAction } from '@/modules/users/actions';
import type { ScopeOptions } from '@/modules/users/queries';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSave } from '@/components/ui/use-save';
import { PersonFields, type PersonValues } from '@/components/users/person-fields';

type Props = { id: string; version: number; initial: PersonValues & { email: string | null }; regions: ScopeOptions['regions'] };

export function UserDetailsForm({ id, version, initial, regions }: Props) {
  const t = useTranslations('users.details');
  const { pending, failure, errors, saved, save } = useSave();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(field) ?? '');
    const input = { id, version, displayName: value('displayName'), title: value('title'), homeRegionId: value('homeRegionId'), email: value('email') };
    await save(() => updateUserAction(input));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={failure?.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <PersonFields regions={regions} errors={errors} initial={initial} />
        <Field id="email" label={t('email')} hint={t('emailHint')} errors={errors}>
          <input {...controlProps('email', errors, t('emailHint'))} type="email" maxLength={254} autoComplete="off" spellCheck={false} defaultValue={initial.email ?? ''} />
        </Field>
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
