// The figures of the region shown: assessments by status, work reports with their rates, site
// visits, and rectification; each number links to its list.
import { getTranslations } from 'next-intl/server';
import { AssessmentStatus } from '@/lib/generated/prisma/enums';
import type { Figures } from '@/modules/dashboard/figures';
import { assessmentsHref, findingsHref, reportsHref, SUBMITTED_REPORT_STATUSES, visitsHref, type LinkScope } from '@/modules/dashboard/links';
import { rate } from '@/modules/dashboard/rules';
import { Card } from '@/components/ui/card';
import { FigureTile, RateTile } from '@/components/dashboard/figure-link';

const GRID = 'grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4';

export async function RegionSummary({ figures, scope }: { figures: Figures; scope: LinkScope }) {
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('assessmentStatus');
  const { reports, visits, findings } = figures;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('sections.assessments')}</h2>
        <dl className={GRID}>
          {Object.values(AssessmentStatus).map((status) => (
            <FigureTile key={status} label={ts(status)} value={figures.assessments[status] ?? 0} href={assessmentsHref(scope, { status })} />
          ))}
        </dl>
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('sections.reports')}</h2>
        <dl className={GRID}>
          <FigureTile label={t('reports.expected')} value={reports.expected} href={reportsHref(scope)} />
          <FigureTile label={t('reports.submitted')} value={reports.submitted} href={reportsHref(scope, SUBMITTED_REPORT_STATUSES)} />
          <FigureTile label={t('reports.onTime')} value={reports.onTime} href={reportsHref(scope, SUBMITTED_REPORT_STATUSES)} />
          <FigureTile label={t('reports.returned')} value={reports.returned} href={reportsHref(scope, ['RETURNED'])} />
          <FigureTile label={t('reports.accepted')} value={reports.accepted} href={reportsHref(scope, ['ACCEPTED'])} />
          <RateTile label={t('reports.reportingRate')} value={rate(reports.submitted, reports.expected)} hint={t('reports.rateHint')} />
          <RateTile label={t('reports.onTimeRate')} value={rate(reports.onTime, reports.expected)} hint={t('reports.rateHint')} />
        </dl>
        <p className="mt-2 text-xs text-slate-500">{t('reports.rateHint')}</p>
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('sections.visits')}</h2>
        <dl className={GRID}>
          <FigureTile label={t('visits.planned')} value={visits.planned} href={visitsHref(scope)} />
          <FigureTile label={t('visits.done')} value={visits.done} href={visitsHref(scope, ['DONE'])} />
          <FigureTile label={t('visits.sampled')} value={visits.sampled} href={visitsHref(scope)} />
          <FigureTile label={t('visits.checked')} value={visits.checked} href={visitsHref(scope)} />
          <FigureTile label={t('visits.shortChecks')} value={visits.shortChecks} href={visitsHref(scope)} />
        </dl>
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('sections.rectifications')}</h2>
        <dl className={GRID}>
          <FigureTile label={t('rectifications.dueThisWeek')} value={findings.dueThisWeek} href={findingsHref(scope, { dueThisWeek: true })} />
          <FigureTile label={t('rectifications.overdue')} value={findings.overdue} href={findingsHref(scope, { overdue: true })} />
          <FigureTile label={t('rectifications.closed')} value={findings.closed} href={findingsHref(scope, { status: 'CLOSED' })} />
          <FigureTile label={t('rectifications.appealsOpen')} value={findings.appealsOpen} href={findingsHref(scope, { status: 'APPEALED' })} />
        </dl>
      </Card>
    </div>
  );
}
