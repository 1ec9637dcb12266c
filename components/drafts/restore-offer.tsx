'use client';

// Offers input that was typed but never saved (kept in this browser), e.g. after the reload that
// follows a conflict. Restoring merges it onto the current version: only the fields the user
// changed come back, and fields someone else changed too are offered as choices.
import { useFormatter, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export function RestoreOffer({ at, older, onRestore, onDiscard }: { at: number; older: boolean; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations('drafts');
  const format = useFormatter();
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p>{t('restoreOffer', { time: format.dateTime(new Date(at), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      {older ? <p className="mt-1">{t('restoreOlder')}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" onClick={onRestore}>{t('restore')}</Button>
        <Button size="sm" variant="secondary" onClick={onDiscard}>{t('discard')}</Button>
      </div>
    </div>
  );
}
