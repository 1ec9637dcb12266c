// The three rates per region (the city first, then its counties): estimate, 95 % interval, n, effective n,
// design effect, threshold and verdict, with what "inconclusive" means.
import { getTranslations } from 'next-intl/server';
import type { RegionRates } from '@/modules/results/snapshot';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { DataTable, cell, num, pct } from '@/components/results/table';

const TONE: Record<string, BadgeTone> = { PASS: 'green', FAIL: 'red', INCONCLUSIVE: 'amber', NO_DATA: 'neutral' };

export async function RatesTable({ rates }: { rates: RegionRates[] }) {
  const t = await getTranslations('resultsWorkflow');
  if (rates.every((r) => r.checkedHouseholds === 0)) return <EmptyState title={t('empty.noHouseholds')} />;
  return (
    <div className="space-y-4">
      {rates.map((region) => (
        <section key={region.regionId} aria-label={region.regionName}>
          <h3 className="font-medium text-slate-900">
            {region.regionName} <span className="text-sm font-normal text-slate-500">{t('rates.checked', { count: region.checkedHouseholds })}</span>
          </h3>
          {region.reportedPovertyIncidence !== null ? (
            <p className="text-sm text-slate-600">{t('rates.reportedIncidence', { value: region.reportedPovertyIncidence })}</p>
          ) : null}
          <DataTable
            caption={region.regionName}
            head={[t('rates.rate'), t('rates.estimate'), t('rates.interval'), t('rates.n'), t('rates.effectiveN'), t('rates.designEffect'), t('rates.threshold'), t('rates.verdict')]}
          >
            {region.rates.map((rate) => (
              <tr key={rate.key}>
                <th scope="row" className={`${cell} font-medium`}>{t(`rates.key.${rate.key}`)}</th>
                <td className={cell}>{rate.estimate ? pct(rate.estimate.estimate) : '—'}</td>
                <td className={cell}>{rate.estimate ? `${pct(rate.estimate.lower)} – ${pct(rate.estimate.upper)}` : '—'}</td>
                <td className={cell}>{rate.estimate ? `${rate.estimate.events}/${rate.estimate.n}` : '—'}</td>
                <td className={cell}>{rate.estimate ? num(rate.estimate.effectiveN, 1) : '—'}</td>
                <td className={cell}>{rate.estimate ? num(rate.estimate.designEffect, 2) : '—'}</td>
                <td className={cell}>{t(`rates.comparison.${rate.threshold.comparison}`, { value: num(rate.threshold.value * 100, 1) })}</td>
                <td className={cell}>
                  <Badge tone={TONE[rate.verdict]}>{t(`rates.verdictName.${rate.verdict}`)}</Badge>
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
      {rates.some((r) => r.rates.some((x) => x.verdict === 'INCONCLUSIVE')) ? <p className="text-sm text-amber-800">{t('rates.inconclusiveNote')}</p> : null}
    </div>
  );
}
