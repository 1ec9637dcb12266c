'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { signOutHere } from '@/components/shell/sign-out';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  const t = useTranslations('nav');
  const [pending, setPending] = useState(false);
  const ownerId = useDraftOwner();

  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOutHere(ownerId);
      }}
    >
      {pending ? t('signingOut') : t('signOut')}
    </Button>
  );
}
