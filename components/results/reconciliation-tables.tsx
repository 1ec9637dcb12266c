// Reported beside verified per verifiable indicator, and the paired-assistance cross-check.
import { getTranslations } from 'next-intl/server';
import type { PairedCrossCheckRow, ReconciliationRow } from '@/modules/results/snapshot';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { DataTable, cell, num } from '@/components/results/table';
import { unitName } from '@/components/reports/indicator-name';

export async function ReconciliationTable({ rows }: { rows: ReconciliationRow[] }) {
  const [t, tReports] = await Promise.all([getTranslations('resultsWorkflow'), getTranslations('reports')]);
  if (rows.length === 0) return <EmptyState title={t('empty.noReconciliation')} />;
  return (
    <DataTable
      caption={t('reconciliation.heading')}
      head={[t('reconciliation.indicator'), t('reconciliation.reported'), t('reconciliation.verified'), t('reconciliation.difference'), t('reconciliation.tolerance'), t('reconciliation.flag')]}
    >
      {rows.map((r) => (
        <tr key={r.indicatorId}>
          <th scope="row" className={`${cell} whitespace-normal font-normal`}>
            {r.code} {r.name} <span className="block text-xs text-slate-500">{t(`reconciliation.method.${r.verification}`)} · {unitName(tReports, r.unit)}</span>
          </th>
          <td className={cell}>{r.reported ?? '—'}</td>
          <td className={cell}>
            {r.verified ? num(r.verified.value) : '—'}
            {r.unitMismatch ? <span className="block text-xs text-slate-600">{t('reconciliation.unitMismatch')}</span> : null}
            {r.verified && r.verified.lower !== null && r.verified.upper !== null ? (
              <span className="block text-xs text-slate-500">
                [{num(r.verified.lower)}, {num(r.verified.upper)}]
              </span>
            ) : null}
          </td>
          <td className={cell}>{num(r.difference)}</td>
          <td className={cell}>± {num(r.tolerance)}</td>
          <td className={cell}>{r.flagged ? <Badge tone="red">{t('reconciliation.flagged')}</Badge> : <Badge tone="green">{t('reconciliation.ok')}</Badge>}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export async function PairedTable({ rows }: { rows: PairedCrossCheckRow[] }) {
  const t = await getTranslations('resultsWorkflow');
  if (rows.length === 0) return <EmptyState title={t('empty.noPaired')} />;
  return (
    <DataTable caption={t('paired.heading')} head={[t('paired.helped'), t('paired.field'), t('paired.helper'), t('paired.helpedSide'), t('paired.difference'), t('reconciliation.flag')]}>
      {rows.map((r) => (
        <tr key={`${r.helpedRegionId}-${r.field}`}>
          <th scope="row" className={`${cell} font-normal`}>{r.helpedRegionName}</th>
          <td className={cell}>
            {t(`paired.fieldName.${r.field}`)} ({t(`paired.unitName.${r.unit as 'people'}`)})
          </td>
          <td className={cell}>{r.helperReported ?? '—'}</td>
          <td className={cell}>{r.helpedReported ?? '—'}</td>
          <td className={cell}>{r.difference ?? '—'}</td>
          <td className={cell}>{r.flagged ? <Badge tone="red">{t('reconciliation.flagged')}</Badge> : <Badge tone="green">{t('reconciliation.ok')}</Badge>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
