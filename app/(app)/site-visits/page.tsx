// All the site visits the actor may see; officials find the visits to their region here.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findSiteVisitsInScope } from '@/modules/site-visits/queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { VisitList } from '@/components/site-visits/visit-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('siteVisits.list'))('title') };
}

export default async function SiteVisitsPage() {
  const actor = await requirePageActor('siteVisit.read');
  const t = await getTranslations('siteVisits.list');
  const visits = await findSiteVisitsInScope(getDb(), actor);
  const items = visits.map((v) => ({
    ...v,
    context: t('summary', { campaign: v.assessment.campaign.name, target: v.assessment.targetRegion.name, number: v.assessment.group.number }),
  }));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <VisitList visits={items} emptyTitle={t('empty')} emptyDescription={t('emptyDescription')} />
      </Card>
    </>
  );
}
