'use client';

// "Waiting for connection — 1 check queued": the checks kept on this device, sent as soon as the
// connection is back (the `online` event, and every 30 s while some wait). Refused ones are listed
// with the reason and a link back into the form.
import { useCallback, useEffect, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { subjectFormHref } from '@/components/checks/check-draft';
import { flushQueue } from '@/components/checks/check-queue';
import { useCheckQueue, useOnline } from '@/components/checks/use-check-queue';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { Button } from '@/components/ui/button';

const RETRY_MS = 30_000;

export function CheckQueueStatus() {
  const t = useTranslations('checks.queue');
  const router = useRouter();
  const ownerId = useDraftOwner();
  const entries = useCheckQueue(ownerId);
  const online = useOnline();
  const [sent, setSent] = useState(0);
  const waiting = entries.filter((e) => !e.refusal);
  const refused = entries.filter((e) => e.refusal);

  const flush = useCallback(() => {
    if (!ownerId) return;
    void flushQueue(ownerId, () => {
      setSent((n) => n + 1);
      router.refresh();
    });
  }, [router, ownerId]);

  useEffect(() => {
    flush();
    window.addEventListener('online', flush);
    const timer = setInterval(flush, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      clearInterval(timer);
    };
  }, [flush]);

  if (entries.length === 0) {
    return (
      <p role="status" className={sent > 0 ? 'text-sm text-emerald-800' : 'sr-only'}>
        {sent > 0 ? t('allSent', { count: sent }) : ''}
      </p>
    );
  }
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {waiting.length > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="font-medium">{online ? t('sending', { count: waiting.length }) : t('waiting', { count: waiting.length })}</p>
          <Button size="sm" variant="secondary" onClick={flush} disabled={!online}>
            {t('retry')}
          </Button>
        </div>
      ) : null}
      {refused.length > 0 ? (
        <ul className="space-y-1">
          {refused.map((e) => (
            <li key={e.payload.submissionKey} className="text-red-800">
              {t('refused', { label: e.label, message: e.refusal!.message })}{' '}
              <Link href={subjectFormHref(e.payload.siteVisitId, e.payload)} className="font-medium underline">
                {t('openRefused')}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
