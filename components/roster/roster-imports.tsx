// The snapshots of a county's roster, newest (the current one) first.
import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { TableScroll } from '@/components/ui/table-scroll';

type Snapshot = { id: string; fileName: string; rowCount: number; contentHash: string; createdAt: Date; importedBy: { displayName: string } };

export function RosterImports({ imports }: { imports: Snapshot[] }) {
  const t = useTranslations('siteVisits.roster');
  const format = useFormatter();
  if (imports.length === 0) return <EmptyState title={t('empty')} description={t('emptyDescription')} />;
  return (
    <TableScroll label={t('snapshots')}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3 font-medium">{t('importedAt')}</th>
            <th className="py-2 pr-3 font-medium">{t('fileName')}</th>
            <th className="py-2 pr-3 text-right font-medium">{t('rows')}</th>
            <th className="py-2 pr-3 font-medium">{t('hash')}</th>
            <th className="py-2 font-medium">{t('importedBy')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {imports.map((snapshot, i) => (
            <tr key={snapshot.id}>
              <td className="py-2 pr-3 whitespace-nowrap">
                <DateTime value={snapshot.createdAt} /> {i === 0 ? <Badge tone="green">{t('current')}</Badge> : null}
              </td>
              <td className="py-2 pr-3 break-all">{snapshot.fileName}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{format.number(snapshot.rowCount)}</td>
              <td className="py-2 pr-3 font-mono text-xs break-all" title={snapshot.contentHash}>{snapshot.contentHash.slice(0, 16)}…</td>
              <td className="py-2">{snapshot.importedBy.displayName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
