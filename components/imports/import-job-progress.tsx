'use client';

// The state of an import job while it is queued or running: a progress bar with the phase and rows
// done, announced politely to screen readers, and a button to cancel it.
import { useTranslations } from 'next-intl';
import type { ImportJobView } from '@/modules/imports/view';
import { Button } from '@/components/ui/button';

export function ImportJobProgress({ job, cancelling, onCancel }: { job: ImportJobView; cancelling: boolean; onCancel: () => void }) {
  const t = useTranslations('imports.job');
  const counted = job.phase === 'validating' || job.phase === 'saving';
  const text = job.state === 'QUEUED' || !job.phase ? t(`state.${job.state}`) : t(`phase.${job.phase}`, { done: job.done, total: job.total });
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      <p className="text-sm break-all text-slate-700">{t('file', { name: job.fileName })}</p>
      <div role="status" aria-live="polite" className="space-y-1">
        <progress aria-label={t('progressLabel')} className="h-2 w-full" max={counted && job.total > 0 ? job.total : undefined} value={counted && job.total > 0 ? job.done : undefined} />
        <p className="text-sm text-slate-600">{text}</p>
      </div>
      <Button variant="secondary" size="sm" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('cancelling') : t('cancel')}
      </Button>
    </div>
  );
}
