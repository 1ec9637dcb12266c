'use client';

// Gives a person a role with its scope. Group roles are checked against the cross-assessment
// rule on the server; a refusal names the person and the conflict.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { addRoleAction } from '@/modules/users/actions';
import type { ScopeOptions } from '@/modules/users/queries';
import { Button } from '@/components/ui/button';
import { FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { RoleScopeFields } from '@/components/users/role-scope-fields';

export function AddRoleForm({ userId, options }: { userId: string; options: ScopeOptions }) {
  const t = useTranslations('users.roles');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [added, setAdded] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const errors = failure?.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(false);
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(field) ?? '');
    const input = { userId, role: value('role') as 'ADMIN', regionId: value('regionId'), groupId: value('groupId') };
    if (await submit(() => addRoleAction(input))) {
      setAdded(true);
      setFormKey((k) => k + 1);
      router.refresh();
    }
  }

  // The group rules report on the person (userId), which has no field of its own here.
  const personErrors = errors.userId?.join(' ');
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={personErrors ?? failure?.message} />
      <RoleScopeFields options={options} errors={errors} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t('adding') : t('add')}
        </Button>
        <FormNotice message={added && !pending ? t('added') : null} />
      </div>
    </form>
  );
}
