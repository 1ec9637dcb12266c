// The difference between two revisions, one row per changed field: figures (value and data
// source), narrative sections, paired-assistance details and the helped scope.
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { CountyFigureKey } from '@/modules/reports/county-figures';
import type { DetailFieldKey } from '@/modules/reports/details';
import type { RevisionChange } from '@/modules/reports/diff';
import type { NarrativeSection } from '@/modules/reports/rules';
import type { ValuePeriod } from '@/modules/reports/values';
import type { ReportIndicator } from '@/modules/reports/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { indicatorName } from '@/components/reports/indicator-name';
import { TableScroll } from '@/components/ui/table-scroll';

export function RevisionDiff({
  changes,
  indicators,
  beforeLabel,
  afterLabel,
}: {
  changes: RevisionChange[];
  indicators: ReportIndicator[];
  beforeLabel: string;
  afterLabel: string;
}) {
  const t = useTranslations('reports');
  const format = useFormatter();
  const locale = useLocale();
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  if (changes.length === 0) return <EmptyState title={t('diff.none')} />;

  // Change keys are section codes, detail fields and `<code>.<period>` figure keys (modules/reports/diff.ts).
  function label(change: RevisionChange): string {
    if (change.field === 'narrative') return t(`section.${change.key as NarrativeSection}`);
    if (change.field === 'detail') return t(`details.field.${change.key as DetailFieldKey}`);
    if (change.field === 'scope') return t('details.helpedScope');
    if (change.field === 'county') {
      const [helper = '', county = '', field = ''] = change.key.split('/');
      return t('diff.countyLabel', { county: t('county.fromHelper', { helper, county }), field: t(`county.field.${field as CountyFigureKey}`) });
    }
    const [code = '', period] = change.key.split('.') as [string, ValuePeriod];
    const indicator = byCode.get(code);
    const name = indicator ? `${code} ${indicatorName(indicator, locale)}` : code;
    return change.field === 'value' ? t('diff.valueLabel', { indicator: name, period: t(`period.${period}`) }) : t('diff.sourceLabel', { indicator: name });
  }

  const show = (change: RevisionChange, text: string | null) => {
    if (text === null) return <span className="text-slate-500">{t('diff.empty')}</span>;
    const numeric = change.field === 'value' || change.field === 'county' || (change.field === 'detail' && change.key !== 'sinceYear');
    return numeric ? format.number(Number(text), { maximumFractionDigits: 4 }) : text;
  };

  return (
    <TableScroll label={t('diff.title')}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{t('diff.field')}</th>
            <th scope="col" className="px-3 py-2 font-medium">{beforeLabel}</th>
            <th scope="col" className="py-2 pl-3 font-medium">{afterLabel}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {changes.map((change) => (
            <tr key={`${change.field}:${change.key}`}>
              <th scope="row" className="py-2 pr-3 font-normal text-slate-900">{label(change)}</th>
              <td className="bg-red-50/60 px-3 py-2 whitespace-pre-wrap text-slate-700">
                <del className="no-underline">{show(change, change.before)}</del>
              </td>
              <td className="bg-emerald-50/60 py-2 pl-3 whitespace-pre-wrap text-slate-900">
                <ins className="no-underline">{show(change, change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
