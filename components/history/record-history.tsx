// A record's history from the audit trail, newest first: who did what (in words), when, and what
// changed ("field: old → new"). Used on every record's page (finding, report, meeting, visit, check).
import { useLocale, useTranslations } from 'next-intl';
import type { HistoryEntry, HistoryKind } from '@/modules/history/queries';
import { createCatalogTranslator } from '@/lib/i18n/server-translator';
import { changeText, eventName } from '@/components/history/change-text';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { Card } from '@/components/ui/card';

export function RecordHistory({ entries, kind }: { entries: HistoryEntry[]; kind: HistoryKind }) {
  const locale = useLocale();
  const t = createCatalogTranslator(locale);
  if (entries.length === 0) return <EmptyState title={t('history.empty')} />;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="record-history">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-slate-400" />
          <p className="break-words text-slate-900">
            <span className="font-medium">{entry.actor ?? t('history.system')}</span> {eventName(t, entry.action)}
          </p>
          {entry.changes.length > 0 ? (
            <ul aria-label={t('history.changes')} className="mt-1 space-y-0.5 text-slate-700">
              {entry.changes.map((change) => (
                <li key={change.field} className="break-words">{changeText(t, change, kind, locale)}</li>
              ))}
            </ul>
          ) : null}
          {entry.note ? <p className="mt-1 break-words text-slate-700">{t('history.note', { note: entry.note })}</p> : null}
          <p className="text-slate-600"><DateTime value={entry.at} /></p>
        </li>
      ))}
    </ol>
  );
}

/** The history as a card of its own, for a record's page. */
export function HistoryCard({ entries, kind, className }: { entries: HistoryEntry[]; kind: HistoryKind; className?: string }) {
  const t = useTranslations('history');
  return (
    <Card className={className}>
      <section aria-labelledby={`history-${kind}`}>
        <h2 id={`history-${kind}`} className="mb-3 font-semibold text-slate-900">{t('title')}</h2>
        <RecordHistory entries={entries} kind={kind} />
      </section>
    </Card>
  );
}
