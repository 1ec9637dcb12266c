// Findings of the region shown by severity (rows) × status (columns), each count linked to the
// findings list with both filters set.
import { getTranslations } from 'next-intl/server';
import { FindingStatus } from '@/lib/generated/prisma/enums';
import type { FindingFigures } from '@/modules/dashboard/figures';
import { findingsHref, type LinkScope } from '@/modules/dashboard/links';
import { SEVERITY_ORDER } from '@/modules/findings/rules';
import { FigureLink } from '@/components/dashboard/figure-link';
import { FIGURE_CELL, FigureTable, ROW_HEAD } from '@/components/dashboard/figure-table';

export async function FindingsMatrix({ findings, scope }: { findings: FindingFigures; scope: LinkScope }) {
  const t = await getTranslations('dashboard');
  const tf = await getTranslations('findings');
  const statuses = Object.values(FindingStatus);
  const severityName = (severity: (typeof SEVERITY_ORDER)[number]) => tf(`severity.${severity}`);
  return (
    <FigureTable
      title={t('sections.findings')}
      rowHead={t('findings.severity')}
      columns={[...statuses.map((s) => ({ key: s, label: tf(`status.${s}`) })), { key: 'total', label: t('findings.total') }]}
      minWidth="min-w-[44rem]"
      foot={
        <tr className="border-t border-slate-300">
          <th scope="row" className={ROW_HEAD}>{t('findings.total')}</th>
          {statuses.map((status) => {
            const count = SEVERITY_ORDER.reduce((sum, s) => sum + (findings.bySeverity[s]?.[status] ?? 0), 0);
            return (
              <td key={status} className={FIGURE_CELL}>
                <FigureLink value={count} label={`${tf(`status.${status}`)} · ${t('findings.total')}`} href={findingsHref(scope, { status })} />
              </td>
            );
          })}
          <td className={FIGURE_CELL}>
            <FigureLink value={findings.total} label={t('findings.total')} href={findingsHref(scope)} />
          </td>
        </tr>
      }
    >
      {SEVERITY_ORDER.map((severity) => {
        const row = findings.bySeverity[severity] ?? {};
        const total = Object.values(row).reduce((a, b) => a + b, 0);
        return (
          <tr key={severity}>
            <th scope="row" className={ROW_HEAD}>{severityName(severity)}</th>
            {statuses.map((status) => (
              <td key={status} className={FIGURE_CELL}>
                <FigureLink value={row[status] ?? 0} label={`${severityName(severity)} · ${tf(`status.${status}`)}`} href={findingsHref(scope, { severity, status })} />
              </td>
            ))}
            <td className={FIGURE_CELL}>
              <FigureLink value={total} label={`${severityName(severity)} · ${t('findings.total')}`} href={findingsHref(scope, { severity })} />
            </td>
          </tr>
        );
      })}
    </FigureTable>
  );
}
