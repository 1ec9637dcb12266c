'use client';

// A person's roles with their scope, each with a "remove" that asks first.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { removeRoleAction } from '@/modules/users/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export type RoleItem = { id: string; label: string; scope: string | null };

export function RoleList({ roles }: { roles: RoleItem[] }) {
  const t = useTranslations('users.roles');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);

  async function remove(assignmentId: string) {
    setNotice(null);
    if (await submit(() => removeRoleAction({ assignmentId }))) setNotice(t('removed'));
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <FormAlert message={failure?.message} />
      {roles.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {roles.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span className="min-w-0 text-sm">
                <span className="font-medium text-slate-900">{r.label}</span>
                {r.scope ? <span className="ml-2 break-words text-slate-600">{r.scope}</span> : null}
              </span>
              <ConfirmAction
                label={t('remove')}
                ariaLabel={t('removeLabel', { role: r.scope ? `${r.label} ${r.scope}` : r.label })}
                question={t('removeQuestion')}
                confirmLabel={t('remove')}
                cancelLabel={t('cancel')}
                onConfirm={() => remove(r.id)}
                pending={pending}
                size="sm"
              />
            </li>
          ))}
        </ul>
      )}
      <FormNotice message={notice} />
    </div>
  );
}
