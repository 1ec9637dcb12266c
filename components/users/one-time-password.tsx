'use client';

// A generated password, shown once after it was created: the server keeps only its hash.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

export function OneTimePassword({ message, password, onDismiss, children }: { message: string; password: string; onDismiss: () => void; children?: ReactNode }) {
  const t = useTranslations('users.oneTime');
  return (
    <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      <p>{message}</p>
      <p className="mt-1">
        {t('password')} <code className="font-mono text-base font-semibold break-all select-all">{password}</code>
      </p>
      <p className="mt-1 text-emerald-800">{t('shownOnce')}</p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Button size="sm" variant="secondary" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
        {children}
      </div>
    </div>
  );
}
