// The person's recent history from the audit trail (events recorded on the person).
import { getTranslations } from 'next-intl/server';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import type { Person } from '@/modules/users/queries';
import { DateTime } from '@/components/date-time';
import { eventName } from '@/components/history/change-text';

export async function UserHistory({ events }: { events: Person['history'] }) {
  const t = await getTranslations('users.history');
  if (events.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  const tAll = await getCatalogTranslator();
  const label = (action: string) => (t.has(`actions.${action}` as never) ? t(`actions.${action}` as never) : eventName(tAll, action));
  return (
    <ol className="space-y-2">
      {events.map((e) => (
        <li key={String(e.id)} className="text-sm">
          <span className="font-medium text-slate-900">{label(e.action)}</span>
          <span className="ml-2 text-slate-600">
            <DateTime value={e.at} />
          </span>
          {e.actor ? <span className="ml-2 text-slate-500">{t('by', { name: e.actor.displayName })}</span> : null}
        </li>
      ))}
    </ol>
  );
}
