// The household checks of a site visit: for the group, the visit's households to check and the
// checks made; for officials of the county, the checks once the visit is done. Beside them, the
// visit's villages with their village checks ("eight haves") and verdicts.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findVisitChecks } from '@/modules/checks/queries';
import { findVisitVillageChecks } from '@/modules/checks/village-queries';
import { CheckList } from '@/components/checks/check-list';
import { HouseholdPicker } from '@/components/checks/household-picker';
import { Outbox } from '@/components/offline/outbox';
import { VillageCheckList } from '@/components/checks/village-check-list';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checks.visit'))('metaTitle') };
}

export default withClientMessages(['drafts', 'findings', 'offline.outbox'], VisitChecksPage);

async function VisitChecksPage({ params }: Props) {
  const actor = await requirePageActor('siteVisit.read');
  const { id } = await params;
  const [data, villageData] = await Promise.all([findVisitChecks(getDb(), actor, id), findVisitVillageChecks(getDb(), actor, id)]);
  if (!data || !villageData) notFound();
  const t = await getTranslations('checks.visit');
  const tVillages = await getTranslations('villageChecks.list');
  const format = await getFormatter();
  const { visit, checks, households, checksVisible } = data;

  return (
    <>
      <Link href={`/site-visits/${visit.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToVisit')}
      </Link>
      <PageHeader
        eyebrow={t('eyebrow', { campaign: visit.assessment.campaign.name, number: visit.assessment.group.number })}
        title={t('title', { county: visit.region.name })}
        description={t('date', { date: format.dateTime(visit.visitDate, { dateStyle: 'long', timeZone: 'UTC' }) })}
      />
      <div className="space-y-6">
        {households ? <Outbox /> : null}
        {households ? (
          <Card>
            <h2 className="mb-1 font-semibold text-slate-900">{t('households')}</h2>
            {visit.status === 'PLANNED' ? <p className="text-sm text-amber-800">{t('notStarted')}</p> : null}
            {visit.status === 'DONE' ? <p className="text-sm text-amber-800">{t('done')}</p> : null}
            <HouseholdPicker visitId={visit.id} households={households} />
          </Card>
        ) : null}
        <Card id="villages">
          <h2 className="mb-1 font-semibold text-slate-900">{tVillages('title')}</h2>
          <p className="mb-2 text-sm text-slate-600">{tVillages('description')}</p>
          {checksVisible ? (
            <VillageCheckList visitId={visit.id} villages={villageData.villages} canCheck={villageData.canCheck} started={visit.status === 'IN_PROGRESS'} />
          ) : (
            <EmptyState title={tVillages('hiddenTitle')} description={t('hiddenDescription')} />
          )}
        </Card>
        <Card>
          <h2 className="mb-1 font-semibold text-slate-900">{t('checks')}</h2>
          {checksVisible ? <CheckList checks={checks} /> : <EmptyState title={t('hiddenTitle')} description={t('hiddenDescription')} />}
        </Card>
      </div>
    </>
  );
}
