import { useTranslations } from 'next-intl';
import type { CampaignDraws } from '@/modules/draws/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { DateTime } from '@/components/date-time';
import { PairingList } from '@/components/draws/pairing-list';
import { VerifyDrawButton } from '@/components/draws/verify-draw-button';

/** Past draws, newest first, each with what is needed to check it. */
export function DrawHistory({ draws }: { draws: CampaignDraws['draws'] }) {
  const t = useTranslations('draws.history');
  if (draws.length === 0) return <EmptyState title={t('empty')} description={t('emptyDescription')} />;
  return (
    <ul className="space-y-4">
      {draws.map((draw) => (
        <li key={draw.id} aria-label={t('label', { seed: draw.seed })} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t('at')}</dt>
            <dd className="text-slate-900">
              <DateTime value={draw.createdAt} />
            </dd>
            <dt className="text-slate-500">{t('by')}</dt>
            <dd className="text-slate-900">{draw.createdBy.displayName}</dd>
            <dt className="text-slate-500">{t('seed')}</dt>
            <dd className="font-mono break-all text-slate-900">{draw.seed}</dd>
            <dt className="text-slate-500">{t('method')}</dt>
            <dd className="font-mono break-all text-slate-900">{draw.method}</dd>
            <dt className="text-slate-500">{t('pairings')}</dt>
            <dd className="text-slate-900">
              <PairingList pairings={draw.pairings} />
            </dd>
          </dl>
          <div className="mt-3">
            <VerifyDrawButton drawId={draw.id} />
          </div>
        </li>
      ))}
    </ul>
  );
}
