'use client';

// Shown instead of signing out while the user's records are still in this device's outbox: how many wait, how
// many the server refused or met a newer version, where they are listed, and an explicit "sign out anyway"
// that keeps them on the device for the next sign-in. Focus moves here when it opens, so a keyboard or screen-reader user hears it.
import { useEffect, useId, useRef } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { UnsentChecks } from '@/lib/offline/unsent-checks';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { OUTBOX_ANCHOR } from '@/components/offline/outbox-anchor';

/** Where the device's outbox is listed (app/(app)/offline/page.tsx). */
export const UNSENT_CHECKS_HREF = `/offline#${OUTBOX_ANCHOR}`;

export function UnsentChecksNotice({
  unsent,
  anywayLabel,
  pending,
  onSignOutAnyway,
  onStay,
  className,
}: {
  unsent: UnsentChecks;
  anywayLabel: string;
  pending: boolean;
  onSignOutAnyway: () => void;
  onStay: () => void;
  /** Where it sits: below the header's sign-out on wide screens, in place elsewhere. */
  className?: string;
}) {
  const t = useTranslations('offline.signOut');
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={cn(
        'space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600',
        className,
      )}
    >
      <h2 id={titleId} className="font-semibold">
        {t('title', { count: unsent.waiting + unsent.refused + unsent.conflict })}
      </h2>
      {unsent.waiting > 0 ? <p>{t('waiting', { count: unsent.waiting })}</p> : null}
      {unsent.refused > 0 ? <p>{t('refused', { count: unsent.refused })}</p> : null}
      {unsent.conflict > 0 ? <p>{t('conflict', { count: unsent.conflict })}</p> : null}
      <p>{t('advice')}</p>
      <p>
        <Link href={UNSENT_CHECKS_HREF} className="font-medium underline focus-visible:outline-2 focus-visible:outline-blue-600">
          {t('show')}
        </Link>
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={onStay} disabled={pending}>
          {t('stay')}
        </Button>
        <Button size="sm" variant="secondary" onClick={onSignOutAnyway} disabled={pending}>
          {anywayLabel}
        </Button>
      </div>
    </section>
  );
}
