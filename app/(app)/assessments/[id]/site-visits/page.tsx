// The site visits of an assessment: the planned visits, the sampling rules and county coverage,
// the counties' rosters, and (for the leader) the form to plan a visit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findCurrentRosters } from '@/modules/households/queries';
import { countyShortfall } from '@/modules/sampling/rules';
import { rulesOf } from '@/modules/sampling/schema';
import { findAssessmentSiteVisits, findGroupMembers } from '@/modules/site-visits/queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { RulesSummary } from '@/components/sampling/rules-summary';
import { CountyRosters } from '@/components/site-visits/county-rosters';
import { VisitForm } from '@/components/site-visits/visit-form';
import { VisitList } from '@/components/site-visits/visit-list';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('siteVisits.assessment'))('title') };
}

export default withClientMessages(['drafts', 'errors', 'siteVisits.form'], AssessmentSiteVisitsPage);

async function AssessmentSiteVisitsPage({ params }: Props) {
  const actor = await requirePageActor('siteVisit.read');
  const { id } = await params;
  const db = getDb();
  const data = await findAssessmentSiteVisits(db, actor, id);
  if (!data) notFound();
  const t = await getTranslations('siteVisits.assessment');
  const { assessment, visits, counties, groupSide, canManage } = data;
  const rules = rulesOf(assessment.campaign.samplingRules);
  const planned = new Set(visits.map((v) => v.region.id)).size;
  const missing = countyShortfall(rules, planned, counties.length);
  const [team, rosters] = await Promise.all([
    canManage ? findGroupMembers(db, assessment.groupId) : Promise.resolve([]),
    groupSide ? findCurrentRosters(db, counties.map((c) => c.id)) : Promise.resolve(null),
  ]);

  return (
    <>
      <Link href={`/assessments/${assessment.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToAssessment')}
      </Link>
      <PageHeader
        eyebrow={t('eyebrow', { campaign: assessment.campaign.name, target: assessment.targetRegion.name })}
        title={t('title')}
        description={t('description', { number: assessment.group.number })}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-1 font-semibold text-slate-900">{t('visits')}</h2>
          <VisitList visits={visits} emptyTitle={t('empty')} emptyDescription={t('emptyDescription')} />
        </Card>
        <Card className="space-y-3">
          <h2 className="font-semibold text-slate-900">{t('rules')}</h2>
          <RulesSummary rules={rules} />
          <p className="text-sm text-slate-700">{t('coverage', { planned })}</p>
          {missing > 0 ? <p className="text-sm text-amber-800">{t('coverageShort', { missing })}</p> : null}
        </Card>
        {canManage ? (
          <Card className="lg:col-span-2">
            <h2 className="mb-3 font-semibold text-slate-900">{t('plan')}</h2>
            <VisitForm mode="plan" assessmentId={assessment.id} counties={counties} team={team} initial={{ visitDate: '', memberIds: [], notes: '' }} />
          </Card>
        ) : null}
        {rosters ? (
          <Card>
            <h2 className="font-semibold text-slate-900">{t('rosters')}</h2>
            <p className="mb-2 text-xs text-slate-500">{t('rostersDescription')}</p>
            <CountyRosters assessmentId={assessment.id} counties={counties} rosters={rosters} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
