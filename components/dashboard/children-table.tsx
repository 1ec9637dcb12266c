// The regions right below the one shown, each with the same headline figures; a region's name
// drills down (?region=), its numbers lead to the lists filtered by that region.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Figures } from '@/modules/dashboard/figures';
import type { DashboardRegion } from '@/modules/dashboard/frame';
import { assessmentsHref, findingsHref, reportsHref, SUBMITTED_REPORT_STATUSES, visitsHref } from '@/modules/dashboard/links';
import { rate } from '@/modules/dashboard/rules';
import { Card } from '@/components/ui/card';
import { FigureLink } from '@/components/dashboard/figure-link';

type Row = { region: DashboardRegion; figures: Figures };

const sum = (record: Partial<Record<string, number>>) => Object.values(record).reduce<number>((a, b) => a + (b ?? 0), 0);

export async function ChildrenTable({ rows, campaignId, regionName }: { rows: Row[]; campaignId: string; regionName: (r: DashboardRegion) => string }) {
  const t = await getTranslations('dashboard');
  const cell = 'py-2 pr-3 text-right whitespace-nowrap';
  return (
    <Card>
      <h2 id="children-table" className="mb-3 font-semibold text-slate-900">{t('sections.children')}</h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t('children.none')}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="children-table">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t('children.region')}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t('children.assessments')}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t('children.reports')}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t('reports.reportingRate')}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t('children.visits')}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t('children.findings')}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t('rectifications.overdue')}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t('rectifications.dueThisWeek')}</th>
                <th scope="col" className="py-2 text-right font-medium">{t('rectifications.appealsOpen')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map(({ region, figures: f }) => {
                const scope = { campaignId, regionId: region.id };
                const name = regionName(region);
                const reportingRate = rate(f.reports.submitted, f.reports.expected);
                return (
                  <tr key={region.id}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      <Link href={`?region=${region.id}`} aria-label={t('children.drill', { region: name })} className="text-blue-700 hover:underline">{name}</Link>
                    </th>
                    <td className={cell}><FigureLink value={sum(f.assessments)} label={`${name} · ${t('children.assessments')}`} href={assessmentsHref(scope)} /></td>
                    <td className={cell}>
                      <FigureLink value={f.reports.submitted} label={`${name} · ${t('reports.submitted')}`} href={reportsHref(scope, SUBMITTED_REPORT_STATUSES)} />
                      {' / '}
                      <FigureLink value={f.reports.expected} label={`${name} · ${t('reports.expected')}`} href={reportsHref(scope)} />
                    </td>
                    <td className={cell}>{reportingRate === null ? '—' : `${reportingRate}%`}</td>
                    <td className={cell}>
                      <FigureLink value={f.visits.done} label={`${name} · ${t('visits.done')}`} href={visitsHref(scope, ['DONE'])} />
                      {' / '}
                      <FigureLink value={f.visits.planned} label={`${name} · ${t('visits.planned')}`} href={visitsHref(scope)} />
                    </td>
                    <td className={cell}><FigureLink value={f.findings.total} label={`${name} · ${t('children.findings')}`} href={findingsHref(scope)} /></td>
                    <td className={cell}><FigureLink value={f.findings.overdue} label={`${name} · ${t('rectifications.overdue')}`} href={findingsHref(scope, { overdue: true })} /></td>
                    <td className={cell}><FigureLink value={f.findings.dueThisWeek} label={`${name} · ${t('rectifications.dueThisWeek')}`} href={findingsHref(scope, { dueThisWeek: true })} /></td>
                    <td className="py-2 text-right"><FigureLink value={f.findings.appealsOpen} label={`${name} · ${t('rectifications.appealsOpen')}`} href={findingsHref(scope, { status: 'APPEALED' })} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
