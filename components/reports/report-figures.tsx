// The reported figures of one revision, read only: one table (so the columns line up), a row
// group per indicator category, a column per period, the data source, and how many review
// comments each indicator has. `compact` (side by side) keeps only the periods and indicators
// that were reported, without sources.
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReportIndicator } from '@/modules/reports/queries';
import type { ReportFigure } from '@/modules/reports/content';
import { valueKey } from '@/modules/reports/content';
import { reportPeriodsFor } from '@/modules/reports/rules';
import type { ValuePeriod } from '@/modules/reports/values';
import { cn } from '@/components/ui/cn';
import { groupByCategory, indicatorName, unitName } from '@/components/reports/indicator-name';
import { TableScroll } from '@/components/ui/table-scroll';

const PERIODS: ValuePeriod[] = ['BASELINE', 'CUMULATIVE', 'THIS_YEAR'];

export function ReportFigures({
  indicators,
  values,
  commentCounts = {},
  compact = false,
}: {
  indicators: ReportIndicator[];
  values: Record<string, ReportFigure>;
  commentCounts?: Record<string, number>;
  compact?: boolean;
}) {
  const t = useTranslations('reports');
  const format = useFormatter();
  const locale = useLocale();
  const reported = (id: string, p: ValuePeriod) => values[valueKey(id, p)] !== undefined;
  const shown = compact ? indicators.filter((i) => PERIODS.some((p) => reported(i.id, p))) : indicators;
  const periods = compact ? PERIODS.filter((p) => shown.some((i) => reported(i.id, p))) : PERIODS;
  if (shown.length === 0) return <p className="text-sm text-slate-600">{t(compact ? 'figures.noneReported' : 'figures.noIndicators')}</p>;

  return (
    <TableScroll label={t('figures.title')}>
      <table className={cn('w-full text-left text-sm', !compact && 'min-w-[40rem]')}>
        <caption className="sr-only">{t('figures.title')}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{t('figures.indicator')}</th>
            {periods.map((p) => (
              <th key={p} scope="col" className="w-24 px-2 py-2 text-right font-medium">{t(`period.${p}`)}</th>
            ))}
            {compact ? null : <th scope="col" className="w-48 py-2 pl-3 font-medium">{t('figures.source')}</th>}
          </tr>
        </thead>
        {groupByCategory(shown).map(({ category, items }) => (
          <tbody key={category} className="divide-y divide-slate-100">
            <tr>
              <th scope="colgroup" colSpan={periods.length + (compact ? 1 : 2)} className="pt-4 pb-1 font-medium text-slate-800">
                {t(`category.${category}`)}
              </th>
            </tr>
            {items.map((indicator) => {
              const source = reportPeriodsFor(indicator.valueType).map((p) => values[valueKey(indicator.id, p)]?.source).find(Boolean);
              const comments = commentCounts[`indicator:${indicator.code}`] ?? 0;
              return (
                <tr key={indicator.id}>
                  <th scope="row" className="py-2 pr-3 font-normal text-slate-900">
                    <span className="mr-1 font-mono text-xs text-slate-500">{indicator.code}</span>
                    {indicatorName(indicator, locale)}
                    <span className="text-slate-500">{t('figures.unit', { unit: unitName(t, indicator.unit) })}</span>
                    {comments > 0 ? (
                      <a href="#comments" className="ml-2 text-xs text-blue-700 hover:underline">
                        {t('comments.count', { count: comments })}
                      </a>
                    ) : null}
                  </th>
                  {periods.map((p) => {
                    const figure = values[valueKey(indicator.id, p)];
                    return (
                      <td key={p} className="px-2 py-2 text-right text-slate-900 tabular-nums">
                        {figure ? format.number(Number(figure.value), { maximumFractionDigits: 4 }) : <span className="text-slate-500">—</span>}
                      </td>
                    );
                  })}
                  {compact ? null : <td className="py-2 pl-3 break-words text-slate-600">{source ?? ''}</td>}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
