'use client';

// Deactivate or reactivate a person, and reset their password (the new one is shown here once).
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { deactivateUserAction, reactivateUserAction, resetPasswordAction } from '@/modules/users/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { OneTimePassword } from '@/components/users/one-time-password';

type Props = { id: string; displayName: string; isActive: boolean; isSelf: boolean };

export function AccountStatusPanel({ id, displayName, isActive, isSelf }: Props) {
  const t = useTranslations('users.status');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const confirm = { confirmLabel: t('confirm'), cancelLabel: t('cancel'), pending };

  async function toggle() {
    setNotice(null);
    if (isActive) {
      const done = await submit(() => deactivateUserAction({ id }));
      if (done) setNotice(t('deactivated', { count: done.sessionsEnded }));
    } else if (await submit(() => reactivateUserAction({ id }))) {
      setNotice(t('reactivated'));
    }
    router.refresh();
  }

  async function reset() {
    setNotice(null);
    const done = await submit(() => resetPasswordAction({ id }));
    if (done) setPassword(done.password);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <FormAlert message={failure?.message} />
      {password ? <OneTimePassword message={t('resetDone', { name: displayName })} password={password} onDismiss={() => setPassword(null)} /> : null}
      <div className="flex flex-wrap gap-2">
        {isSelf && isActive ? (
          <p className="text-sm text-slate-600">{t('self')}</p>
        ) : (
          <ConfirmAction
            label={isActive ? t('deactivate') : t('reactivate')}
            question={isActive ? t('deactivateQuestion') : t('reactivateQuestion')}
            onConfirm={toggle}
            {...confirm}
          />
        )}
        <ConfirmAction label={t('resetPassword')} question={t('resetQuestion')} onConfirm={reset} {...confirm} />
      </div>
      <FormNotice message={notice} />
    </div>
  );
}
