import { useTranslations } from 'next-intl';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { ASSESSMENT_STATUS_BAR } from '@/components/ui/assessment-status';
import { ASSESSMENT_STATUS_ORDER } from '@/modules/assessments/status-order';

/**
 * A campaign's assessments by status: a stacked bar for the eye and a list of counts
 * that carries the same information for screen readers (the bar is hidden from them).
 */
export function StatusBreakdown({ byStatus, total }: { byStatus: Partial<Record<AssessmentStatus, number>>; total: number }) {
  const t = useTranslations();
  if (total === 0) return <p className="mt-4 text-sm text-slate-500">{t('home.campaigns.noAssessments')}</p>;
  const closed = byStatus.CLOSED ?? 0;
  return (
    <div className="mt-4 space-y-3">
      <p className="text-sm font-medium text-slate-700">
        {t('home.campaigns.closedOf', { closed, total })}
      </p>
      <div aria-hidden="true" className="flex h-2.5 overflow-hidden rounded-full bg-slate-100">
        {ASSESSMENT_STATUS_ORDER.map((status) => {
          const count = byStatus[status] ?? 0;
          return count > 0 ? (
            <div key={status} className={ASSESSMENT_STATUS_BAR[status]} style={{ width: `${(count / total) * 100}%` }} />
          ) : null;
        })}
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        {ASSESSMENT_STATUS_ORDER.map((status) => (
          <div key={status} className="flex items-center gap-2">
            <span aria-hidden="true" className={`size-2.5 shrink-0 rounded-full ${ASSESSMENT_STATUS_BAR[status]}`} />
            <dt className="text-slate-600">{t(`assessmentStatus.${status}`)}</dt>
            <dd className="ml-auto font-medium text-slate-900 tabular-nums">{byStatus[status] ?? 0}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
