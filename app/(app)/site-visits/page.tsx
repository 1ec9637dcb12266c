// All the site visits the actor may see; officials find the visits to their region here.
// ?campaign=&region=&group=&status= narrow it (the dashboard's links).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteVisitStatus } from '@/lib/generated/prisma/enums';
import { hasListFilters, parseListFilters } from '@/lib/list-filters';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findSiteVisitsInScope } from '@/modules/site-visits/queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { VisitList } from '@/components/site-visits/visit-list';
import { ListFilterNote } from '@/components/list-filter-note';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('siteVisits.list'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SiteVisitsPage({ searchParams }: Props) {
  const actor = await requirePageActor('siteVisit.read');
  const t = await getTranslations('siteVisits.list');
  const filters = parseListFilters(await searchParams, Object.values(SiteVisitStatus));
  const visits = await findSiteVisitsInScope(getDb(), actor, filters);
  const items = visits.map((v) => ({
    ...v,
    context: t('summary', { campaign: v.assessment.campaign.name, target: v.assessment.targetRegion.name, number: v.assessment.group.number }),
  }));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {hasListFilters(filters) ? <ListFilterNote clearHref="/site-visits" /> : null}
      <Card>
        <VisitList visits={items} emptyTitle={t('empty')} emptyDescription={t('emptyDescription')} />
      </Card>
    </>
  );
}
