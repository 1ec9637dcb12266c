'use client';

// Creates a person who has no account yet and adds them to the group. The server generates the
// initial password; it is shown here once, for the admin to pass on, and never again.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { addNewMemberAction } from '@/modules/groups/actions';
import type { RegionOption } from '@/modules/groups/queries';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { scopeErrors } from '@/components/groups/scoped-errors';
import { OneTimePassword } from '@/components/users/one-time-password';
import { PersonFields } from '@/components/users/person-fields';

type Created = { displayName: string; username: string; initialPassword: string };

export function NewMemberForm({ groupId, regions }: { groupId: string; regions: RegionOption[] }) {
  const t = useTranslations('groups.newMember');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [created, setCreated] = useState<Created | null>(null);
  const scope = `new-${groupId}`;
  const errors = scopeErrors(failure?.fieldErrors, scope);
  const id = (field: string) => `${scope}-${field}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (field: string) => String(form.get(id(field)) ?? '');
    const input = { groupId, username: value('username'), displayName: value('displayName'), title: value('title'), homeRegionId: value('homeRegionId') };
    const result = await submit(() => addNewMemberAction(input));
    if (result) {
      setCreated(result);
      formElement.reset();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={failure?.message} />
      {created ? (
        <OneTimePassword message={t('created', { name: created.displayName, username: created.username })} password={created.initialPassword} onDismiss={() => setCreated(null)} />
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <PersonFields regions={regions} errors={errors} withUsername id={id} />
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t('creating') : t('create')}
      </Button>
    </form>
  );
}
