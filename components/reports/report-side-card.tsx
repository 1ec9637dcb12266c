// One report in the side-by-side view: what was last submitted (figures, details, narrative),
// with its status and deadline, and a link to the full report.
import type { ReactNode } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { AssessmentReport } from '@/modules/reports/assessment-queries';
import type { ReportIndicator } from '@/modules/reports/queries';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { CountyFiguresView } from '@/components/reports/county-figures-view';
import { PairedDetailsView } from '@/components/reports/paired-details-view';
import { ReportDeadline } from '@/components/reports/report-deadline';
import { ReportFigures } from '@/components/reports/report-figures';
import { ReportNarrative } from '@/components/reports/report-narrative';
import { ReportStatusBadge } from '@/components/reports/report-status-badge';

export function ReportSideCard({ report, indicators, children }: { report: AssessmentReport; indicators: ReportIndicator[]; children?: ReactNode }) {
  const t = useTranslations();
  const headingId = `report-${report.id}`;
  return (
    <Card className="min-w-0 space-y-4">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <p className="text-sm text-slate-500">{t(`reportKind.${report.kind}`)} · {report.reportingRegion.name}</p>
            <h2 id={headingId} className="font-semibold break-words text-slate-900">
              <Link href={`/reports/${report.id}`} className="hover:underline">{report.title}</Link>
            </h2>
          </div>
          <ReportStatusBadge status={report.status} />
        </div>
        <p className="text-sm text-slate-700">
          <ReportDeadline deadline={report.deadline} overdue={report.overdue} />
          {report.revision > 0 ? <span className="text-slate-500"> · {t('reports.revisionLabel', { revision: report.revision })}</span> : null}
        </p>
        {report.content ? (
          <>
            <ReportFigures indicators={indicators} values={report.content.values} compact />
            {report.kind === 'PAIRED_ASSISTANCE' ? <PairedDetailsView details={report.content.details} scope={report.content.scope} /> : null}
            {report.content.countyFigures.length > 0 ? (
              <div>
                <h3 className="mb-1 font-medium text-slate-800">{t(report.kind === 'PAIRED_ASSISTANCE' ? 'reports.county.givenTitle' : 'reports.county.receivedTitle')}</h3>
                <CountyFiguresView rows={report.content.countyFigures} direction={report.kind === 'PAIRED_ASSISTANCE' ? 'given' : 'received'} />
              </div>
            ) : null}
            <details className="rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium text-slate-800">{t('reports.narrativeTitle')}</summary>
              <div className="mt-3">
                <ReportNarrative kind={report.kind} narrative={report.content.narrative} />
              </div>
            </details>
          </>
        ) : (
          <EmptyState title={t('reports.notSubmittedYet')} />
        )}
        <div className="flex flex-wrap gap-2">
          <Link href={`/reports/${report.id}`} className={buttonClasses({ variant: report.canEdit ? 'primary' : 'secondary', size: 'sm' })}>
            {report.canEdit && (report.status === 'DRAFT' || report.status === 'RETURNED') ? t('reports.sideBySide.continue') : t('reports.sideBySide.open')}
          </Link>
        </div>
      </section>
      {children}
    </Card>
  );
}
