import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { AssessmentListItem } from '@/modules/assessments/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';

/** Assessments as rows that link to their hub; rows, not a table, so it reads well on a phone. */
export function AssessmentList({ items, emptyTitle, emptyDescription }: {
  items: AssessmentListItem[];
  emptyTitle: string;
  emptyDescription?: string;
}) {
  const t = useTranslations('assessmentList');
  if (items.length === 0) return <EmptyState title={emptyTitle} description={emptyDescription} />;
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {items.map((item) => (
        <li key={item.id}>
          <Link
            href={`/assessments/${item.id}`}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
          >
            <span className="min-w-0">
              <span className="block font-medium text-slate-900">{item.targetRegion.name}</span>
              <span className="block text-sm text-slate-600">
                {t('summary', { campaign: item.campaign.name, number: item.group.number })}
              </span>
            </span>
            <StatusBadge status={item.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
