// The rectification ledger as a table: one row per issued finding, grouped by region order, with
// its plan, deadline and state; overdue rows stand out on screen and on paper. Wide, so it
// scrolls sideways inside its box on a phone and prints in landscape.
import { useFormatter, useTranslations } from 'next-intl';
import type { LedgerRow } from '@/modules/rectifications/queries';
import { FindingStatusBadge, OverdueBadge } from '@/components/findings/finding-badges';
import { TableScroll } from '@/components/ui/table-scroll';

const CELL = 'border border-slate-300 px-2 py-1.5 align-top';

export function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  const t = useTranslations('findings');
  const format = useFormatter();
  const columns = ['no', 'region', 'finding', 'severity', 'leadUnit', 'measures', 'person', 'deadline', 'status'] as const;
  return (
    <TableScroll label={t('ledger.title')}>
      <table className="w-full min-w-[56rem] border-collapse text-sm print:min-w-0 print:text-xs">
        <thead className="bg-slate-100">
          <tr>
            {columns.map((c) => <th key={c} scope="col" className={`${CELL} text-left font-medium text-slate-800`}>{t(`ledger.col.${c}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const plan = row.rectification;
            return (
              <tr key={row.id} className={row.overdue ? 'bg-red-50' : undefined}>
                <td className={CELL}>{i + 1}</td>
                <td className={CELL}>{row.region}</td>
                <td className={CELL}>
                  <a href={`/findings/${row.id}`} className="text-blue-700 hover:underline print:text-slate-900 print:no-underline">{row.title}</a>
                </td>
                <td className={CELL}>{t(`severity.${row.severity}`)}</td>
                <td className={CELL}>{plan ? [plan.leadUnit, plan.responsibleUnits].filter(Boolean).join('；') : t('ledger.noPlan')}</td>
                <td className={`${CELL} whitespace-pre-wrap`}>{plan?.measures ?? ''}</td>
                <td className={CELL}>{plan?.personInCharge ?? ''}</td>
                <td className={`${CELL} whitespace-nowrap ${row.overdue ? 'font-medium text-red-700' : ''}`}>
                  {plan ? format.dateTime(plan.deadline, { dateStyle: 'medium' }) : ''}
                </td>
                <td className={CELL}>
                  <div className="flex flex-wrap gap-1">
                    <FindingStatusBadge status={row.status} />
                    {row.overdue ? <OverdueBadge /> : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
