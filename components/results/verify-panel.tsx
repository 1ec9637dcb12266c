// The answer of "verify score": whether the stored sheet equals the one recomputed from its stored inputs,
// which indicators differ, and whether today's data would give other inputs.
import { getTranslations } from 'next-intl/server';
import type { ScoreVerification } from '@/modules/results/verify';
import { num } from '@/components/results/table';

export async function VerifyPanel({ verification: v }: { verification: ScoreVerification }) {
  const t = await getTranslations('resultsWorkflow.verify');
  return (
    <div role="status" className={`mt-3 rounded-md border px-3 py-2 text-sm ${v.matches ? 'border-emerald-200 bg-emerald-50' : 'border-red-200 bg-red-50'}`}>
      <p className="font-medium">{v.matches ? t('matches') : t('differs')}</p>
      {v.differingIndicators.length > 0 ? <p>{t('differing', { codes: v.differingIndicators.join(', ') })}</p> : null}
      <p>
        {t('totals', {
          storedReported: num(v.stored.totalReported),
          storedVerified: num(v.stored.totalVerified),
          recomputedReported: num(v.recomputed.totalReported),
          recomputedVerified: num(v.recomputed.totalVerified),
        })}
      </p>
      <p>{v.liveInputsChanged ? t('liveChanged') : t('liveSame')}</p>
    </div>
  );
}
