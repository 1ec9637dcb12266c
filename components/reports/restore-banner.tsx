'use client';

// Offers input that was typed but never saved (kept in this browser) after a reload.
import { useFormatter, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { StoredDraft } from '@/components/reports/draft-storage';

export function RestoreBanner({
  draft,
  currentVersion,
  onRestore,
  onDiscard,
}: {
  draft: StoredDraft;
  currentVersion: number;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations('reports.editor');
  const format = useFormatter();
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p>{t('restoreOffer', { time: format.dateTime(new Date(draft.at), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      {draft.version < currentVersion ? <p className="mt-1">{t('restoreOlder')}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" onClick={onRestore}>{t('restore')}</Button>
        <Button size="sm" variant="secondary" onClick={onDiscard}>{t('discard')}</Button>
      </div>
    </div>
  );
}
