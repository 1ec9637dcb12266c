// The reported figures of one revision, read only: one table per indicator category,
// a column per period, the data source, and how many review comments each indicator has.
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReportIndicator } from '@/modules/reports/queries';
import type { ReportFigure } from '@/modules/reports/content';
import { valueKey } from '@/modules/reports/content';
import { reportPeriodsFor } from '@/modules/reports/rules';
import type { ValuePeriod } from '@/modules/reports/values';
import { groupByCategory, indicatorName } from '@/components/reports/indicator-name';

const PERIODS: ValuePeriod[] = ['BASELINE', 'CUMULATIVE', 'THIS_YEAR'];

export function ReportFigures({
  indicators,
  values,
  commentCounts = {},
}: {
  indicators: ReportIndicator[];
  values: Record<string, ReportFigure>;
  commentCounts?: Record<string, number>;
}) {
  const t = useTranslations('reports');
  const format = useFormatter();
  const locale = useLocale();
  if (indicators.length === 0) return <p className="text-sm text-slate-600">{t('figures.noIndicators')}</p>;
  return (
    <div className="space-y-5">
      {groupByCategory(indicators).map(({ category, items }) => (
        <div key={category} className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="mb-2 text-left font-medium text-slate-800">{t(`category.${category}`)}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t('figures.indicator')}</th>
                {PERIODS.map((p) => (
                  <th key={p} scope="col" className="px-3 py-2 text-right font-medium">{t(`period.${p}`)}</th>
                ))}
                <th scope="col" className="py-2 pl-3 font-medium">{t('figures.source')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((indicator) => {
                const periods = reportPeriodsFor(indicator.valueType);
                const source = periods.map((p) => values[valueKey(indicator.id, p)]?.source).find(Boolean);
                const comments = commentCounts[`indicator:${indicator.code}`] ?? 0;
                return (
                  <tr key={indicator.id}>
                    <th scope="row" className="py-2 pr-3 font-normal text-slate-900">
                      <span className="mr-1 font-mono text-xs text-slate-500">{indicator.code}</span>
                      {indicatorName(indicator, locale)}
                      <span className="text-slate-500">{t('figures.unit', { unit: indicator.unit })}</span>
                      {comments > 0 ? (
                        <a href="#comments" className="ml-2 text-xs text-blue-700 hover:underline">
                          {t('comments.count', { count: comments })}
                        </a>
                      ) : null}
                    </th>
                    {PERIODS.map((p) => {
                      const figure = values[valueKey(indicator.id, p)];
                      return (
                        <td key={p} className="px-3 py-2 text-right tabular-nums text-slate-900">
                          {figure ? format.number(Number(figure.value), { maximumFractionDigits: 4 }) : <span className="text-slate-400">—</span>}
                        </td>
                      );
                    })}
                    <td className="py-2 pl-3 text-slate-600">{source ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
