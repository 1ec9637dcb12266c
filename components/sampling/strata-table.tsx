// A survey-mix sample's draw per village and stratum: what each stratum was allotted, what was drawn
// and what the roster had, so a reader sees where a village could not give its share.
import { useTranslations } from 'next-intl';
import type { StratumDraw } from '@/modules/sampling/rules';

const cell = 'px-2 py-1 text-left';

export function StrataTable({ strata }: { strata: StratumDraw[] }) {
  const t = useTranslations('siteVisits.sample.strata');
  const stratum = useTranslations('siteVisits.strata');
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700">{t('heading')}</summary>
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t('heading')}>
        <table className="min-w-full text-sm tabular-nums">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className={cell}>{t('village')}</th>
              <th scope="col" className={cell}>{t('stratum')}</th>
              <th scope="col" className={`${cell} text-right`}>{t('allocated')}</th>
              <th scope="col" className={`${cell} text-right`}>{t('drawn')}</th>
              <th scope="col" className={`${cell} text-right`}>{t('available')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {strata.map((s) => (
              <tr key={`${s.village}-${s.stratum}`}>
                <td className={`${cell} font-mono`}>{s.village}</td>
                <td className={cell}>{stratum(s.stratum)}</td>
                <td className={`${cell} text-right`}>{s.allocated}</td>
                <td className={`${cell} text-right`}>
                  {s.drawn}
                  {s.drawn < s.allocated ? <span className="ml-1 text-amber-800">{t('short')}</span> : null}
                </td>
                <td className={`${cell} text-right`}>{s.available}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
