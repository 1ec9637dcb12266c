// Findings of the region shown by severity (rows) × status (columns), each count linked to the
// findings list with both filters set.
import { getTranslations } from 'next-intl/server';
import { FindingStatus } from '@/lib/generated/prisma/enums';
import type { FindingFigures } from '@/modules/dashboard/figures';
import { findingsHref, type LinkScope } from '@/modules/dashboard/links';
import { SEVERITY_ORDER } from '@/modules/findings/rules';
import { Card } from '@/components/ui/card';
import { FigureLink } from '@/components/dashboard/figure-link';

export async function FindingsMatrix({ findings, scope }: { findings: FindingFigures; scope: LinkScope }) {
  const t = await getTranslations('dashboard');
  const tf = await getTranslations('findings');
  const statuses = Object.values(FindingStatus);
  return (
    <Card>
      <h2 id="findings-matrix" className="mb-3 font-semibold text-slate-900">{t('sections.findings')}</h2>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="findings-matrix">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">{t('findings.severity')}</th>
              {statuses.map((s) => <th key={s} scope="col" className="py-2 pr-3 text-right font-medium">{tf(`status.${s}`)}</th>)}
              <th scope="col" className="py-2 text-right font-medium">{t('findings.total')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {SEVERITY_ORDER.map((severity) => {
              const row = findings.bySeverity[severity] ?? {};
              const total = Object.values(row).reduce((a, b) => a + b, 0);
              return (
                <tr key={severity}>
                  <th scope="row" className="py-2 pr-3 font-medium">{tf(`severity.${severity}`)}</th>
                  {statuses.map((status) => (
                    <td key={status} className="py-2 pr-3 text-right">
                      <FigureLink value={row[status] ?? 0} label={`${tf(`severity.${severity}`)} · ${tf(`status.${status}`)}`} href={findingsHref(scope, { severity, status })} />
                    </td>
                  ))}
                  <td className="py-2 text-right">
                    <FigureLink value={total} label={`${tf(`severity.${severity}`)} · ${t('findings.total')}`} href={findingsHref(scope, { severity })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-300">
              <th scope="row" className="py-2 pr-3 font-medium">{t('findings.total')}</th>
              {statuses.map((status) => {
                const count = SEVERITY_ORDER.reduce((sum, s) => sum + (findings.bySeverity[s]?.[status] ?? 0), 0);
                return (
                  <td key={status} className="py-2 pr-3 text-right">
                    <FigureLink value={count} label={`${tf(`status.${status}`)} · ${t('findings.total')}`} href={findingsHref(scope, { status })} />
                  </td>
                );
              })}
              <td className="py-2 text-right">
                <FigureLink value={findings.total} label={t('findings.total')} href={findingsHref(scope)} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  );
}
