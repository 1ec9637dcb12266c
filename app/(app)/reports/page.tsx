// All reports the user may see; ?overdue=1 keeps those past their deadline (for the office
// and officials following up); ?campaign=&region=&group=&status= are the dashboard's links.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { WorkReportStatus } from '@/lib/generated/prisma/enums';
import { hasListFilters, parseListFilters } from '@/lib/list-filters';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findReports } from '@/modules/reports/queries';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { ReportList } from '@/components/reports/report-list';
import { ListFilterNote } from '@/components/list-filter-note';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('list.title') };
}

export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requirePageActor('report.read');
  const search = await searchParams;
  const overdueOnly = search.overdue === '1';
  const filters = parseListFilters(search, Object.values(WorkReportStatus));
  const items = await findReports(getDb(), actor, { overdueOnly, filters });
  const t = await getTranslations('reports.list');
  const tab = (active: boolean) =>
    cn('rounded-md px-3 py-1.5 text-sm font-medium', active ? 'bg-blue-50 text-blue-800' : 'text-slate-600 hover:bg-slate-100');

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <nav aria-label={t('filter')} className="mb-4 flex flex-wrap gap-2">
        <Link href="/reports" className={tab(!overdueOnly)} aria-current={!overdueOnly ? 'page' : undefined}>{t('all')}</Link>
        <Link href="/reports?overdue=1" className={tab(overdueOnly)} aria-current={overdueOnly ? 'page' : undefined}>{t('overdueOnly')}</Link>
      </nav>
      {hasListFilters(filters) ? <ListFilterNote clearHref="/reports" /> : null}
      <ReportList items={items} emptyTitle={overdueOnly ? t('emptyOverdue') : t('empty')} />
    </>
  );
}
