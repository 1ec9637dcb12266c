'use client';

// Creates a person, with an optional first role. The generated password is shown here once.
import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { createUserAction } from '@/modules/users/actions';
import type { ScopeOptions } from '@/modules/users/queries';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { OneTimePassword } from '@/components/users/one-time-password';
import { PersonFields } from '@/components/users/person-fields';
import { RoleScopeFields } from '@/components/users/role-scope-fields';

type Created = { id: string; displayName: string; username: string; initialPassword: string };

export function CreateUserForm({ options }: { options: ScopeOptions }) {
  const t = useTranslations('users.new');
  const { pending, failure, submit } = useSubmit();
  const [created, setCreated] = useState<Created | null>(null);
  // A new key remounts the fields after a success, so the role's scope field resets too.
  const [formKey, setFormKey] = useState(0);
  const errors = failure?.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(field) ?? '');
    const input = {
      username: value('username'),
      displayName: value('displayName'),
      title: value('title'),
      homeRegionId: value('homeRegionId'),
      role: value('role') as '',
      regionId: value('regionId'),
      groupId: value('groupId'),
    };
    const result = await submit(() => createUserAction(input));
    if (result) {
      setCreated(result);
      setFormKey((k) => k + 1);
    }
  }

  return (
    <div className="space-y-4">
      {created ? (
        <OneTimePassword message={t('created', { name: created.displayName, username: created.username })} password={created.initialPassword} onDismiss={() => setCreated(null)}>
          <Link href={`/users/${created.id}`} className="text-sm text-blue-700 hover:underline">
            {t('openPerson', { name: created.displayName })}
          </Link>
        </OneTimePassword>
      ) : null}
      <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={failure?.message} />
        <div className="grid gap-3 sm:grid-cols-2">
          <PersonFields regions={options.regions} errors={errors} withUsername />
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t('firstRole')}</legend>
          <RoleScopeFields options={options} errors={errors} optional />
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('create')}
        </Button>
      </form>
    </div>
  );
}
