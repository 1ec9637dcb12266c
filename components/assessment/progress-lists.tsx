// What the later stages have produced so far: work reports, site visits and findings, as plain
// lists (their own pages come later). Findings the region may not see yet are not counted for it.
import { useTranslations } from 'next-intl';
import type { AssessmentProgress } from '@/modules/assessments/queries';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { DateTime } from '@/components/date-time';

export function ProgressLists({ progress }: { progress: AssessmentProgress }) {
  const t = useTranslations();
  const { workReports, siteVisits, findingCounts } = progress;
  return (
    <>
      <Card>
        <h2 className="mb-1 font-semibold text-slate-900">{t('assessment.workReports')}</h2>
        {workReports.length === 0 ? (
          <EmptyState title={t('assessment.noWorkReports')} />
        ) : (
          <ul className="divide-y divide-slate-200">
            {workReports.map((report) => (
              <li key={report.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="block break-words text-slate-900">{report.title}</span>
                  <span className="block text-sm text-slate-600">
                    {t(`reportKind.${report.kind}`)} · {report.reportingRegion.name}
                  </span>
                </span>
                <Badge tone={report.status === 'ACCEPTED' ? 'green' : report.status === 'RETURNED' ? 'red' : 'neutral'}>
                  {t(`reportStatus.${report.status}`)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold text-slate-900">{t('assessment.siteVisits')}</h2>
        {siteVisits.length === 0 ? (
          <EmptyState title={t('assessment.noSiteVisits')} />
        ) : (
          <ul className="divide-y divide-slate-200">
            {siteVisits.map((visit) => (
              <li key={visit.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0 text-slate-900">
                  {visit.region.name} · <DateTime value={visit.visitDate} withTime={false} />
                </span>
                <Badge tone={visit.status === 'DONE' ? 'green' : 'neutral'}>{t(`assessment.siteVisitStatus.${visit.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold text-slate-900">{t('assessment.findings')}</h2>
        {findingCounts.length === 0 ? (
          <EmptyState title={t('assessment.noFindings')} />
        ) : (
          <dl className="divide-y divide-slate-200">
            {findingCounts.map((row) => (
              <div key={row.status} className="flex items-center justify-between gap-2 py-2">
                <dt className="text-slate-700">{t(`assessment.findingStatus.${row.status}`)}</dt>
                <dd className="font-medium text-slate-900 tabular-nums">{row.count}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
    </>
  );
}
