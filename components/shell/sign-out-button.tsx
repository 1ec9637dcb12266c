'use client';

// Sign-out from the shell. While the user's checks are still on this device (waiting or refused), the
// first press does not sign out: it explains and offers "sign out anyway", which keeps them on the device.
import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { signOutHere } from '@/components/shell/sign-out';
import { UnsentChecksNotice } from '@/components/shell/unsent-checks-notice';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { Button } from '@/components/ui/button';
import { findUnsentChecks, type UnsentChecks } from '@/lib/offline/unsent-checks';

export function SignOutButton() {
  const t = useTranslations('nav');
  const notice = useTranslations('offline.signOut');
  const [pending, setPending] = useState(false);
  const [unsent, setUnsent] = useState<UnsentChecks | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const ownerId = useDraftOwner();

  async function signOut(anyway: boolean) {
    setPending(true);
    // Loaded with the page, not when pressed: offline, a script fetched only now might not come.
    const waiting = anyway ? null : await findUnsentChecks(ownerId);
    if (waiting) {
      setUnsent(waiting);
      setPending(false);
      return;
    }
    await signOutHere(ownerId);
  }

  return (
    <>
      <Button ref={buttonRef} variant="secondary" size="sm" disabled={pending} onClick={() => void signOut(false)}>
        {pending ? t('signingOut') : t('signOut')}
      </Button>
      {unsent ? (
        <UnsentChecksNotice
          unsent={unsent}
          className="basis-full lg:absolute lg:top-full lg:right-4 lg:z-30 lg:mt-2 lg:w-96 lg:shadow-md"
          anywayLabel={notice('anyway')}
          pending={pending}
          onSignOutAnyway={() => void signOut(true)}
          onStay={() => {
            setUnsent(null);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
