// The regions right below the one shown, each with the same headline figures; a region's name
// drills down (?region=), its numbers lead to the lists filtered by that region.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Figures } from '@/modules/dashboard/figures';
import type { DashboardRegion } from '@/modules/dashboard/frame';
import { assessmentsHref, findingsHref, reportsHref, SUBMITTED_REPORT_STATUSES, visitsHref } from '@/modules/dashboard/links';
import { rate } from '@/modules/dashboard/rules';
import { FigureLink } from '@/components/dashboard/figure-link';
import { FIGURE_CELL, FigureTable, ROW_HEAD } from '@/components/dashboard/figure-table';

type Row = { region: DashboardRegion; figures: Figures };

const sum = (record: Partial<Record<string, number>>) => Object.values(record).reduce<number>((a, b) => a + (b ?? 0), 0);

const COLUMNS = [
  'children.assessments', 'children.reports', 'reports.reportingRate', 'children.visits', 'children.findings',
  'rectifications.overdue', 'rectifications.dueThisWeek', 'rectifications.appealsOpen',
] as const;

export async function ChildrenTable({ rows, campaignId, regionName }: { rows: Row[]; campaignId: string; regionName: (r: DashboardRegion) => string }) {
  const t = await getTranslations('dashboard');
  return (
    <FigureTable
      title={t('sections.children')}
      rowHead={t('children.region')}
      columns={COLUMNS.map((key) => ({ key, label: t(key) }))}
      minWidth="min-w-[48rem]"
      empty={rows.length === 0 ? t('children.none') : undefined}
    >
      {rows.map(({ region, figures: f }) => {
        const scope = { campaignId, regionId: region.id };
        const name = regionName(region);
        const figure = (value: number, label: string, href: string) => <FigureLink value={value} label={`${name} · ${label}`} href={href} />;
        const reportingRate = rate(f.reports.submitted, f.reports.expected);
        return (
          <tr key={region.id}>
            <th scope="row" className={ROW_HEAD}>
              <Link href={`?region=${region.id}`} aria-label={t('children.drill', { region: name })} className="text-blue-700 hover:underline">{name}</Link>
            </th>
            <td className={FIGURE_CELL}>{figure(sum(f.assessments), t('children.assessments'), assessmentsHref(scope))}</td>
            <td className={FIGURE_CELL}>
              {figure(f.reports.submitted, t('reports.submitted'), reportsHref(scope, SUBMITTED_REPORT_STATUSES))}
              {' / '}
              {figure(f.reports.expected, t('reports.expected'), reportsHref(scope))}
            </td>
            <td className={FIGURE_CELL}>{reportingRate === null ? '—' : `${reportingRate}%`}</td>
            <td className={FIGURE_CELL}>
              {figure(f.visits.done, t('visits.done'), visitsHref(scope, ['DONE']))}
              {' / '}
              {figure(f.visits.planned, t('visits.planned'), visitsHref(scope))}
            </td>
            <td className={FIGURE_CELL}>{figure(f.findings.total, t('children.findings'), findingsHref(scope))}</td>
            <td className={FIGURE_CELL}>{figure(f.findings.overdue, t('rectifications.overdue'), findingsHref(scope, { overdue: true }))}</td>
            <td className={FIGURE_CELL}>{figure(f.findings.dueThisWeek, t('rectifications.dueThisWeek'), findingsHref(scope, { dueThisWeek: true }))}</td>
            <td className={FIGURE_CELL}>{figure(f.findings.appealsOpen, t('rectifications.appealsOpen'), findingsHref(scope, { status: 'APPEALED' }))}</td>
          </tr>
        );
      })}
    </FigureTable>
  );
}
