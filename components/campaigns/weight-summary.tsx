import { useTranslations } from 'next-intl';
import { checkWeights } from '@/modules/indicators/rules';

/** The sum of the weights; a warning (not an error: a framework may be incomplete while it is built) unless it is 100. */
export function WeightSummary({ weights }: { weights: number[] }) {
  const t = useTranslations('campaigns.indicators.weights');
  if (weights.length === 0) return null;
  const { total, balanced } = checkWeights(weights);
  return balanced ? (
    <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {t('balanced', { total })}
    </p>
  ) : (
    <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <span className="font-medium">{t('warningTitle')}</span> {t('warning', { total })}
    </p>
  );
}
