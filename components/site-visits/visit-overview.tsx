// A visit's date, county, status, sub-team and notes.
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { SiteVisitDetail } from '@/modules/site-visits/queries';
import { Card } from '@/components/ui/card';
import { DateTime } from '@/components/date-time';
import { VisitStatusBadge } from '@/components/site-visits/visit-status-badge';

export function VisitOverview({ visit, className }: { visit: SiteVisitDetail['visit']; className?: string }) {
  const t = useTranslations('siteVisits.visit');
  return (
    <Card className={className}>
      <h2 className="mb-3 font-semibold text-slate-900">{t('overview')}</h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-1">
        <Detail label={t('date')}><DateTime value={visit.visitDate} withTime={false} /></Detail>
        <Detail label={t('county')}>{visit.region.parent ? `${visit.region.parent.name} ${visit.region.name}` : visit.region.name}</Detail>
        <Detail label={t('status')}><VisitStatusBadge status={visit.status} /></Detail>
        <Detail label={t('team')}>
          <ul>
            {visit.members.map((m) => (
              <li key={m.user.id}>
                {m.user.displayName}
                {m.user.title ? <span className="text-slate-500"> · {m.user.title}</span> : null}
              </li>
            ))}
          </ul>
        </Detail>
        <Detail label={t('notes')}><span className="whitespace-pre-wrap">{visit.notes ?? t('noNotes')}</span></Detail>
      </dl>
    </Card>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
