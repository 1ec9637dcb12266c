'use client';

// The browsers signed in to this account, newest activity first, and "sign out everywhere",
// which ends all of them (this one included) and returns to the login page; while the user's checks are
// still on this device it first explains, as the shell's sign-out does, and ends nothing until confirmed.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslations } from 'next-intl';
import { signOutEverywhereAction } from '@/modules/account/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { DateTime } from '@/components/date-time';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { signOutHere } from '@/components/shell/sign-out';
import { UnsentChecksNotice } from '@/components/shell/unsent-checks-notice';
import { findUnsentChecks, type UnsentChecks } from '@/lib/offline/unsent-checks';

type Session = { key: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null; current: boolean };

export function SessionList({ sessions }: { sessions: Session[] }) {
  const t = useTranslations('account.sessions');
  const notice = useTranslations('offline.signOut');
  const { pending, failure, submit } = useSubmit();
  const [unsent, setUnsent] = useState<UnsentChecks | null>(null);
  const signOutArea = useRef<HTMLDivElement>(null);
  const ownerId = useDraftOwner();

  async function signOutEverywhere(anyway: boolean) {
    const waiting = anyway ? null : await findUnsentChecks(ownerId);
    if (waiting) setUnsent(waiting);
    else if (await submit(() => signOutEverywhereAction({}))) await signOutHere(ownerId);
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
      <div ref={signOutArea}>
        {unsent ? (
          <UnsentChecksNotice
            unsent={unsent}
            anywayLabel={notice('anywayEverywhere')}
            pending={pending}
            onSignOutAnyway={() => void signOutEverywhere(true)}
            onStay={() => {
              // Back to "sign out everywhere", which only exists once the message is gone.
              flushSync(() => setUnsent(null));
              signOutArea.current?.querySelector('button')?.focus();
            }}
          />
        ) : (
          <ConfirmAction
            label={t('signOutEverywhere')}
            question={t('signOutEverywhereQuestion', { count: sessions.length })}
            confirmLabel={pending ? t('signingOut') : t('confirm')}
            cancelLabel={t('cancel')}
            pending={pending}
            onConfirm={() => signOutEverywhere(false)}
          />
        )}
      </div>
    </div>
  );
}
