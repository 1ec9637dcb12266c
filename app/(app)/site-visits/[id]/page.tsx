// One site visit: date, county, sub-team; for the group (and the region once done) the sampled towns,
// villages and households with the sample records and "verify sample" (and, until the visit is done, the
// device's outbox, "prepare for offline" and the visit's findings to record or edit in the field); for the leader the edit form,
// status buttons, sampling and hand-picking. Out-of-scope visits look missing (404).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findRecordHistory } from '@/modules/history/queries';
import { HistoryCard } from '@/components/history/record-history';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findPickOptions, PICK_LIST_LIMIT } from '@/modules/site-visits/pick-queries';
import { findGroupMembers, getSiteVisit } from '@/modules/site-visits/queries';
import { nextVisitStatus } from '@/modules/site-visits/rules';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SampleSection } from '@/components/sampling/sample-section';
import { HouseholdPicker } from '@/components/site-visits/household-picker';
import { VisitHouseholds } from '@/components/site-visits/visit-households';
import { VisitManagement } from '@/components/site-visits/visit-management';
import { VisitOverview } from '@/components/site-visits/visit-overview';
import { PrepareOffline } from '@/components/offline/prepare-offline';
import { Outbox } from '@/components/offline/outbox';
import { VisitFieldFindings } from '@/components/offline/visit-field-findings';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ village?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor('siteVisit.read');
  const detail = await getSiteVisit(getDb(), actor, (await params).id);
  const t = await getTranslations('siteVisits.visit');
  return detail ? { title: t('title', { county: detail.visit.region.name }) } : {};
}

export default withClientMessages(['drafts', 'errors', 'findings', 'offline.outbox', 'offline.prepare', 'siteVisits.actions', 'siteVisits.form', 'siteVisits.householdStatus', 'siteVisits.pick', 'siteVisits.sample', 'siteVisits.status', 'siteVisits.verify'], SiteVisitPage);

async function SiteVisitPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('siteVisit.read');
  const [{ id }, { village }] = await Promise.all([params, searchParams]);
  const db = getDb();
  const detail = await getSiteVisit(db, actor, id);
  if (!detail) notFound();
  const history = (await findRecordHistory(db, actor, 'siteVisit', id)) ?? [];
  const t = await getTranslations('siteVisits');
  const tChecks = await getTranslations('checks');
  const tVillages = await getTranslations('villageChecks.list');
  const { visit, groupSide, canManage, households, samples } = detail;
  const backHref = groupSide ? `/assessments/${visit.assessment.id}/site-visits` : '/site-visits';
  const next = nextVisitStatus(visit.status);
  const planning = canManage && visit.status === 'PLANNED';
  const [team, pick] = await Promise.all([
    canManage ? findGroupMembers(db, visit.assessment.groupId) : Promise.resolve([]),
    planning ? findPickOptions(db, visit.region.id, typeof village === 'string' ? village : null) : Promise.resolve(null),
  ]);

  return (
    <>
      <Link href={backHref} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {groupSide ? t('visit.backToVisits') : t('visit.backToList')}
      </Link>
      <PageHeader
        eyebrow={t('visit.eyebrow', { campaign: visit.assessment.campaign.name, number: visit.assessment.group.number })}
        title={t('visit.title', { county: visit.region.name })}
        actions={
          groupSide || visit.status === 'DONE' ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`/site-visits/${visit.id}/checks`} className={buttonClasses({ variant: 'secondary' })}>
                {tChecks('visit.open')}
              </Link>
              <Link href={`/site-visits/${visit.id}/checks#villages`} className={buttonClasses({ variant: 'secondary' })}>
                {tVillages('title')}
              </Link>
            </div>
          ) : null
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <VisitOverview visit={visit} className={canManage ? 'lg:col-span-1' : 'lg:col-span-3'} />
        {canManage ? <VisitManagement visit={visit} team={team} next={next === 'DONE' || next === 'IN_PROGRESS' ? next : null} backHref={backHref} /> : null}
        {households === null || samples === null ? (
          <Card className="lg:col-span-3">
            <h2 className="font-semibold text-slate-900">{t('visit.hiddenTitle')}</h2>
            <p className="mt-1 text-sm text-slate-600">{t('visit.hiddenDescription')}</p>
          </Card>
        ) : (
          <>
            <SampleSection
              className="lg:col-span-3"
              draw={planning ? { siteVisitId: visit.id, version: visit.version, hasRoster: pick !== null } : null}
              rosterHref={`/regions/${visit.region.id}/roster?assessment=${visit.assessment.id}`}
              samples={samples}
            />
            {groupSide && visit.status !== 'DONE' ? (
              <>
                <Outbox className="lg:col-span-3" />
                <PrepareOffline visitId={visit.id} className="lg:col-span-3" />
                <VisitFieldFindings visitId={visit.id} className="lg:col-span-3" />
              </>
            ) : null}
            <Card className="lg:col-span-3">
              <h2 className="mb-3 font-semibold text-slate-900">{t('households.title')}</h2>
              <VisitHouseholds households={households} />
            </Card>
            {pick ? (
              <Card id="pick" className="lg:col-span-3">
                <h2 className="font-semibold text-slate-900">{t('pick.title')}</h2>
                <p className="mb-3 text-sm text-slate-600">{t('pick.description')}</p>
                <HouseholdPicker visitId={visit.id} version={visit.version} options={pick} selectedIds={households.map((h) => h.id)} limit={PICK_LIST_LIMIT} />
              </Card>
            ) : null}
          </>
        )}
        <HistoryCard entries={history} kind="siteVisit" className="lg:col-span-3" />
      </div>
    </>
  );
}
