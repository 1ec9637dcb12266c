'use client';

// The browsers signed in to this account, newest activity first, and "sign out everywhere",
// which ends all of them (this one included) and returns to the login page.
import { useTranslations } from 'next-intl';
import { signOutEverywhereAction } from '@/modules/account/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { DateTime } from '@/components/date-time';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { signOutHere } from '@/components/shell/sign-out';

type Session = { key: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null; current: boolean };

export function SessionList({ sessions }: { sessions: Session[] }) {
  const t = useTranslations('account.sessions');
  const { pending, failure, submit } = useSubmit();
  const ownerId = useDraftOwner();

  async function signOutEverywhere() {
    if (await submit(() => signOutEverywhereAction({}))) await signOutHere(ownerId);
  }

  return (
    <div className="space-y-4">
      <FormAlert message={failure?.message} />
      <ul className="divide-y divide-slate-200 text-sm">
        {sessions.map((s) => (
          <li key={s.key} className="py-2">
            <p className="font-medium break-words text-slate-900">
              {s.userAgent ?? t('unknownBrowser')}
              {s.current ? <span className="ml-2 rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800">{t('current')}</span> : null}
            </p>
            <p className="text-slate-600">
              {t('signedInAt')} <DateTime value={s.createdAt} /> · {t('lastSeenAt')} <DateTime value={s.lastSeenAt} />
            </p>
          </li>
        ))}
      </ul>
      <ConfirmAction
        label={t('signOutEverywhere')}
        question={t('signOutEverywhereQuestion', { count: sessions.length })}
        confirmLabel={pending ? t('signingOut') : t('confirm')}
        cancelLabel={t('cancel')}
        pending={pending}
        onConfirm={signOutEverywhere}
      />
    </div>
  );
}
