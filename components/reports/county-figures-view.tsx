// Per helped county figures of one revision, read only: given by the helper city or received
// by the assessed city from each helping city.
import { useFormatter, useTranslations } from 'next-intl';
import { COUNTY_FIGURE_FIELDS } from '@/modules/reports/county-figures';
import type { CountyFiguresRow } from '@/modules/reports/paired-figures';
import { TableScroll } from '@/components/ui/table-scroll';

export function CountyFiguresView({ rows, direction }: { rows: readonly CountyFiguresRow[]; direction: 'given' | 'received' }) {
  const t = useTranslations('reports.county');
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t('none')}</p>;
  return (
    <TableScroll label={t(direction === 'given' ? 'givenTitle' : 'receivedTitle')}>
      <table className="w-full min-w-[32rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t(direction === 'given' ? 'county' : 'helperCounty')}</th>
            {COUNTY_FIGURE_FIELDS.map((f) => (
              <th key={f.key} scope="col" className="py-1 pl-3 text-right font-medium">
                {t('label', { field: t(`field.${f.key}`), unit: t(`unitName.${f.unit}`) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.helperRegionId}.${row.countyId}`} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-3 font-normal text-slate-800">
                {direction === 'given' ? row.countyName : t('fromHelper', { helper: row.helperName, county: row.countyName })}
              </th>
              {COUNTY_FIGURE_FIELDS.map((f) => {
                const value = row.figures[f.key];
                return (
                  <td key={f.key} className="py-1 pl-3 text-right tabular-nums text-slate-900">
                    {value === undefined ? <span className="text-slate-500">—</span> : format.number(Number(value), { maximumFractionDigits: 4 })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
