// A finding's history from the audit trail, newest first: who did what, and when.
import { useTranslations } from 'next-intl';
import type { FindingHistoryEvent } from '@/modules/findings/queries';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/ui/empty-state';

export function FindingHistory({ events }: { events: FindingHistoryEvent[] }) {
  const t = useTranslations('findings.history');
  if (events.length === 0) return <EmptyState title={t('empty')} />;
  const describe = (event: FindingHistoryEvent) => {
    const key = `actions.${event.action.replaceAll('.', '_')}`;
    const data = (event.data ?? {}) as Record<string, unknown>;
    return t.has(key as never) ? (t as unknown as (k: string, p: object) => string)(key, { fileName: String(data.fileName ?? '') }) : event.action;
  };
  // A closing note or an appeal decision's note is part of what happened.
  const noteOf = (event: FindingHistoryEvent) => {
    const note = ((event.data ?? {}) as Record<string, unknown>).note;
    return typeof note === 'string' && note !== '' ? note : null;
  };
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm">
      {events.map((event) => (
        <li key={event.id.toString()} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-slate-400" />
          <p className="break-words text-slate-900">
            <span className="font-medium">{event.actor?.displayName ?? ''}</span> {describe(event)}
          </p>
          {noteOf(event) ? <p className="whitespace-pre-wrap break-words text-slate-700">{t('note', { note: noteOf(event)! })}</p> : null}
          <p className="text-slate-600"><DateTime value={event.at} /></p>
        </li>
      ))}
    </ol>
  );
}
