'use client';

// One's own address for notification mail: set, change or remove (empty). The version is the one the
// page was rendered with, so an admin's edit meanwhile is reported as a conflict.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { updateOwnEmailAction } from '@/modules/account/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function EmailForm({ email, version }: { email: string | null; version: number }) {
  const t = useTranslations('account.email');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const errors = failure?.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const form = new FormData(event.currentTarget);
    const result = await submit(() => updateOwnEmailAction({ email: String(form.get('email') ?? ''), version }));
    if (!result) return;
    setDone(result.email ? t('saved') : t('removed'));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-3">
      <FormAlert message={failure && Object.keys(errors).length === 0 ? failure.message : null} />
      <Field id="email" label={t('label')} hint={t('hint')} errors={errors}>
        <input {...controlProps('email', errors, t('hint'))} type="email" autoComplete="email" maxLength={254} spellCheck={false} defaultValue={email ?? ''} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
        <FormNotice message={done} />
      </div>
    </form>
  );
}
