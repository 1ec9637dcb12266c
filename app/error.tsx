'use client';

// Never shows the error's message: in production it says nothing useful, and in
// development it could leak server details. The digest lets support find the server log.
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errorPage');
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('description')}</p>
      {digest ? <p className="mt-2 text-xs text-slate-500">{t('reference', { digest })}</p> : null}
      <Button className="mt-6" onClick={() => retry()}>
        {t('retry')}
      </Button>
    </div>
  );
}
