// Site visits as a list: date, county, status, sub-team, and (for the group) how many households.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { VisitStatusBadge } from '@/components/site-visits/visit-status-badge';

export type VisitListItem = {
  id: string;
  visitDate: Date;
  status: SiteVisitStatus;
  region: { name: string };
  members: { user: { id: string; displayName: string } }[];
  _count?: { households: number };
  /** A line above the county, e.g. the campaign and target region on the all-visits page. */
  context?: string;
};

export function VisitList({ visits, emptyTitle, emptyDescription }: { visits: VisitListItem[]; emptyTitle: string; emptyDescription: string }) {
  const t = useTranslations('siteVisits.visit');
  if (visits.length === 0) return <EmptyState title={emptyTitle} description={emptyDescription} />;
  return (
    <ul className="divide-y divide-slate-100">
      {visits.map((visit) => (
        <li key={visit.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
          <div className="min-w-0">
            {visit.context ? <p className="text-xs text-slate-500">{visit.context}</p> : null}
            <Link href={`/site-visits/${visit.id}`} className="font-medium text-blue-700 hover:underline">
              {t('title', { county: visit.region.name })}
            </Link>
            <p className="text-sm text-slate-600">
              <DateTime value={visit.visitDate} withTime={false} />
              {' · '}
              {visit.members.map((m) => m.user.displayName).join('、')}
              {visit._count ? ` · ${t('households', { count: visit._count.households })}` : null}
            </p>
          </div>
          <VisitStatusBadge status={visit.status} />
        </li>
      ))}
    </ul>
  );
}
