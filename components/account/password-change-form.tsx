'use client';

// Changes one's own password: the current one, the new one twice. Other browsers signed in with
// the old password are signed out; after a required change the person goes on to their home page.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { changeOwnPasswordAction } from '@/modules/account/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function PasswordChangeForm({ required }: { required: boolean }) {
  const t = useTranslations('account.password');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const errors = failure?.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (field: string) => String(form.get(field) ?? '');
    const result = await submit(() =>
      changeOwnPasswordAction({ currentPassword: value('currentPassword'), newPassword: value('newPassword'), confirmPassword: value('confirmPassword') }),
    );
    if (!result) return;
    formElement.reset();
    setDone(t('done', { count: result.otherSessionsEnded }));
    if (required) router.replace('/');
    else router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-3">
      <FormAlert message={failure && Object.keys(errors).length === 0 ? failure.message : null} />
      <Field id="currentPassword" label={t('current')} errors={errors}>
        <input {...controlProps('currentPassword', errors)} type="password" autoComplete="current-password" required maxLength={200} />
      </Field>
      <Field id="newPassword" label={t('new')} hint={t('newHint')} errors={errors}>
        <input {...controlProps('newPassword', errors, t('newHint'))} type="password" autoComplete="new-password" required maxLength={200} />
      </Field>
      <Field id="confirmPassword" label={t('confirm')} errors={errors}>
        <input {...controlProps('confirmPassword', errors)} type="password" autoComplete="new-password" required maxLength={200} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('submit')}
        </Button>
        <FormNotice message={done} />
      </div>
    </form>
  );
}
