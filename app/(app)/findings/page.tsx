// The findings list: filters, sort and page position in the URL; keyset paging (see
// modules/findings/list-query.ts). Officials see only what was issued to their region or below.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getReadDb } from '@/lib/server/read-db';
import { requirePageActor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { findFilterRegions, getListAssessment } from '@/modules/findings/form-queries';
import { countOverdueFindings, findFindingsPage, OVERDUE_COUNT_CAP } from '@/modules/findings/list-query';
import { findingExportHref } from '@/modules/findings/export';
import { findingListQuery, parseFindingListParams, type SearchParams } from '@/modules/findings/list-params';
import { placeName } from '@/modules/regions/place-name';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClasses } from '@/components/ui/button';
import { FindingFilters } from '@/components/findings/finding-filters';
import { FindingList, type FindingListItem } from '@/components/findings/finding-list';
import { DownloadLink } from '@/components/ui/download-link';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('findings.list');
  return { title: t('title') };
}

export default async function FindingsPage({ searchParams }: Props) {
  const actor = await requirePageActor('finding.read');
  const params = parseFindingListParams(await searchParams);
  // The list may lag a moment behind other people's writes (a replica), never behind this person's.
  const db = await getReadDb();
  const t = await getTranslations('findings');
  const tSearch = await getTranslations('search');
  const [page, regions, assessment, overdue] = await Promise.all([
    findFindingsPage(db, actor, params),
    findFilterRegions(db, actor, params.regionId),
    params.assessmentId ? getListAssessment(db, actor, params.assessmentId) : null,
    params.overdue ? 0 : countOverdueFindings(db, actor, params),
  ]);
  const items: FindingListItem[] = page.rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    severity: row.severity,
    version: row.version,
    createdAt: row.createdAt,
    region: placeName(row.region),
    groupNumber: row.assessment.group.number,
    deadline: row.dueDate,
    overdue: row.overdue,
    selectable: (row.status === 'DRAFT' || row.status === 'CONFIRMED') && canInGroup(actor, 'finding.confirm', row.assessment.groupId),
  }));
  const base = { ...params, cursor: null };
  const clearHref = `/findings${findingListQuery({ ...parseFindingListParams({}), assessmentId: params.assessmentId, campaignId: params.campaignId })}`;

  return (
    <>
      <PageHeader
        eyebrow={assessment ? t('list.forAssessment', { campaign: assessment.campaign.name, number: assessment.group.number, region: assessment.targetRegion.name }) : undefined}
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <>
            {assessment && canInGroup(actor, 'finding.write', assessment.groupId) ? (
              <Link href={`/assessments/${assessment.id}/findings/new`} className={buttonClasses()}>{t('list.newFinding')}</Link>
            ) : null}
            {assessment ? <Link href={`/assessments/${assessment.id}/ledger`} className={buttonClasses({ variant: 'secondary' })}>{t('list.ledger')}</Link> : null}
            <DownloadLink href={findingExportHref(params)} className={buttonClasses({ variant: 'secondary' })}>{tSearch('export.findings')}</DownloadLink>
          </>
        }
      />
      {overdue > 0 ? (
        <p role="status" className="mb-4 flex flex-wrap items-center gap-x-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {overdue > OVERDUE_COUNT_CAP ? t('list.overdueBannerMany', { count: OVERDUE_COUNT_CAP }) : t('list.overdueBanner', { count: overdue })}
          <Link href={`/findings${findingListQuery({ ...base, overdue: true })}`} className="font-medium underline">{t('list.showOverdue')}</Link>
        </p>
      ) : null}
      <Card className="mb-4">
        <FindingFilters params={params} regions={regions} clearHref={clearHref} />
      </Card>
      {items.length === 0 ? (
        <EmptyState title={t('list.empty')} description={t('list.emptyDescription')} />
      ) : (
        <FindingList items={items} />
      )}
      <nav className="mt-4 flex flex-wrap gap-2" aria-label={t('list.title')}>
        {params.cursor ? <Link href={`/findings${findingListQuery(base)}`} className={buttonClasses({ variant: 'ghost' })}>{t('list.firstPage')}</Link> : null}
        {page.nextCursor ? (
          <Link href={`/findings${findingListQuery(base, page.nextCursor)}`} className={buttonClasses({ variant: 'secondary' })}>{t('list.nextPage')}</Link>
        ) : null}
      </nav>
    </>
  );
}
