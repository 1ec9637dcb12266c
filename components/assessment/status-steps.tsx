import { useTranslations } from 'next-intl';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { ASSESSMENT_STATUS_ORDER } from '@/modules/assessments/status-order';
import { cn } from '@/components/ui/cn';

/** The workflow as a row of steps: done, current (marked for screen readers) and still to come. */
export function StatusSteps({ status }: { status: AssessmentStatus }) {
  const t = useTranslations();
  const current = ASSESSMENT_STATUS_ORDER.indexOf(status);
  return (
    <ol aria-label={t('assessment.transition.steps')} className="flex flex-wrap gap-2">
      {ASSESSMENT_STATUS_ORDER.map((step, index) => (
        <li
          key={step}
          aria-current={index === current ? 'step' : undefined}
          className={cn(
            'rounded-full px-3 py-1 text-sm',
            index < current && 'bg-slate-100 text-slate-600',
            index === current && 'bg-blue-700 font-medium text-white',
            index > current && 'border border-dashed border-slate-300 text-slate-500',
          )}
        >
          <span className="tabular-nums">{index + 1}.</span> {t(`assessmentStatus.${step}`)}
        </li>
      ))}
    </ol>
  );
}
