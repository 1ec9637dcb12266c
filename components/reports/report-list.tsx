// Reports as a list: title, who reports for which assessment, status and deadline (overdue marked).
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReportListItem } from '@/modules/reports/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { ReportDeadline } from '@/components/reports/report-deadline';
import { ReportStatusBadge } from '@/components/reports/report-status-badge';

export function ReportList({ items, emptyTitle }: { items: ReportListItem[]; emptyTitle: string }) {
  const t = useTranslations();
  if (items.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {items.map((r) => (
        <li key={r.id}>
          <Link
            href={`/reports/${r.id}`}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
          >
            <span className="min-w-0">
              <span className="block font-medium break-words text-slate-900">{r.title}</span>
              <span className="block text-sm text-slate-600">
                {t(`reportKind.${r.kind}`)} · {r.reportingRegion.name} ·{' '}
                {t('reports.list.assessment', { campaign: r.assessment.campaign.name, number: r.assessment.group.number, region: r.assessment.targetRegion.name })}
              </span>
              <span className="block text-sm text-slate-600">
                <ReportDeadline deadline={r.deadline} overdue={r.overdue} />
              </span>
            </span>
            <ReportStatusBadge status={r.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
