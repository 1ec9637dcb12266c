// The audit log as a table: when, who, the event in words, the record (a link where it has a page)
// and what changed. Wide, so it scrolls sideways inside a focusable, labelled box.
import Link from 'next/link';
import { useLocale } from 'next-intl';
import type { AuditLogRow } from '@/modules/audit/log-queries';
import { createCatalogTranslator } from '@/lib/i18n/server-translator';
import { changeText, eventName } from '@/components/history/change-text';
import { DateTime } from '@/components/date-time';

// The pages records have; other kinds are named without a link.
const RECORD_PAGES: Record<string, string> = {
  Finding: '/findings', WorkReport: '/reports', Meeting: '/meetings', SiteVisit: '/site-visits', HouseholdCheck: '/checks',
  Assessment: '/assessments', Campaign: '/campaigns', User: '/users', ChecklistTemplate: '/checklists',
};
const HISTORY_KIND: Record<string, 'finding' | 'report' | 'meeting' | 'siteVisit' | 'check'> = {
  Finding: 'finding', WorkReport: 'report', Meeting: 'meeting', SiteVisit: 'siteVisit', HouseholdCheck: 'check',
};
const CELL = 'border-b border-slate-200 px-3 py-2 text-left align-top';

export function AuditLogTable({ rows }: { rows: AuditLogRow[] }) {
  const locale = useLocale();
  const t = createCatalogTranslator(locale);
  return (
    <div role="region" aria-label={t('history.log.table')} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {(['time', 'person', 'event', 'record', 'changes'] as const).map((c) => <th key={c} scope="col" className={`${CELL} font-medium`}>{t(`history.log.${c}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const kind = t.has(`history.entities.${row.entityType}`) ? t(`history.entities.${row.entityType}`) : row.entityType;
            const page = RECORD_PAGES[row.entityType];
            return (
              <tr key={row.id}>
                <td className={`${CELL} whitespace-nowrap`}><DateTime value={row.at} /></td>
                <td className={CELL}>{row.actor ?? t('history.system')}</td>
                <td className={CELL}>{eventName(t, row.action)}</td>
                <td className={CELL}>{page && row.entityId ? <Link href={`${page}/${row.entityId}`} className="text-blue-700 hover:underline">{kind}</Link> : kind}</td>
                <td className={CELL}>
                  {row.changes.length > 0 ? (
                    <ul className="space-y-0.5">
                      {row.changes.map((c) => <li key={c.field} className="break-words">{changeText(t, c, HISTORY_KIND[row.entityType] ?? null, locale)}</li>)}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
