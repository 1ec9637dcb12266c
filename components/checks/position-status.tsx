'use client';

// What the form knows about the position, in words, with a way to try again.
import { useFormatter, useTranslations } from 'next-intl';
import type { PositionState } from '@/components/checks/use-position';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

export function PositionStatus({ state, onRetry }: { state: PositionState; onRetry: () => void }) {
  const t = useTranslations('checks.position');
  const format = useFormatter();
  const coordinate = (n: number) => format.number(n, { maximumFractionDigits: 5, minimumFractionDigits: 5 });
  const problem = state.kind === 'denied' || state.kind === 'unavailable';
  const text =
    state.kind === 'located'
      ? t('located', { latitude: coordinate(state.position.latitude), longitude: coordinate(state.position.longitude), accuracy: state.position.accuracy ?? '-' })
      : t(state.kind);
  return (
    <div className={cn('flex flex-wrap items-start justify-between gap-2 rounded-md border p-3 text-sm', problem ? 'border-amber-300 bg-amber-50 text-amber-900' : 'border-slate-200 bg-slate-50 text-slate-700')}>
      <p role="status" className="min-w-0 flex-1">
        {text}
      </p>
      {state.kind !== 'locating' ? (
        <Button size="sm" variant="secondary" onClick={onRetry}>
          {t('retry')}
        </Button>
      ) : null}
    </div>
  );
}
