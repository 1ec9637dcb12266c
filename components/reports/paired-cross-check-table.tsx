// The paired-assistance cross-check on the assessment's reports page (group and admins): per helped
// county and helping city, each figure as given and as received, the difference, and a flag.
import { useFormatter, useTranslations } from 'next-intl';
import type { PairedCrossCheckRow } from '@/modules/results/snapshot';
import { EmptyState } from '@/components/ui/empty-state';
import { TableScroll } from '@/components/ui/table-scroll';

const FIELD_KEY = { funds: 'fundsGiven', countyTeams: 'countyTeams', villageTeams: 'villageTeams', staffStationed: 'staffStationed' } as const;

export function PairedCrossCheckTable({ rows, flagged }: { rows: readonly PairedCrossCheckRow[]; flagged: number }) {
  const t = useTranslations('reports');
  const format = useFormatter();
  if (rows.length === 0) return <EmptyState title={t('crossCheck.empty')} description={t('crossCheck.emptyHint')} />;
  const number = (text: string | null) =>
    text === null ? <span className="text-slate-500">{t('crossCheck.notReported')}</span> : format.number(Number(text), { maximumFractionDigits: 4 });
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t('crossCheck.summary', { flagged, rows: rows.length })}</p>
      <TableScroll label={t('crossCheck.title')}>
        <table className="w-full min-w-[40rem] text-left text-sm" data-testid="paired-cross-check">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{t('crossCheck.county')}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t('crossCheck.field')}</th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">{t('crossCheck.helperReported')}</th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">{t('crossCheck.helpedReported')}</th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">{t('crossCheck.difference')}</th>
              <th scope="col" className="py-1 pl-3 font-medium">{t('crossCheck.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.helpedRegionId}.${row.helperRegionId}.${row.field}`} className={row.flagged ? 'border-b border-slate-100 bg-amber-50' : 'border-b border-slate-100'}>
                <th scope="row" className="py-1 pr-3 font-normal text-slate-800">
                  {t('county.fromHelper', { helper: row.helperRegionName ?? '', county: row.helpedRegionName })}
                </th>
                <td className="py-1 pr-3 text-slate-700">
                  {t('county.label', { field: t(`county.field.${FIELD_KEY[row.field]}`), unit: t(`county.unitName.${row.unit as 'teams'}`) })}
                </td>
                <td className="py-1 pl-3 text-right tabular-nums">{number(row.helperReported)}</td>
                <td className="py-1 pl-3 text-right tabular-nums">{number(row.helpedReported)}</td>
                <td className="py-1 pl-3 text-right tabular-nums">{row.difference === null ? '—' : number(row.difference)}</td>
                <td className="py-1 pl-3">
                  {row.flagged ? (
                    <span className="font-medium text-amber-800">{t('crossCheck.flagged')}</span>
                  ) : row.helperReported === null ? (
                    <span className="text-slate-500">{t('crossCheck.notReported')}</span>
                  ) : (
                    <span className="text-slate-600">{t('crossCheck.matches')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="text-xs text-slate-500">{t('crossCheck.tolerance')}</p>
    </div>
  );
}
