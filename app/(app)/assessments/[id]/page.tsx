// The assessment hub: who assesses which region in which campaign, where the workflow stands
// (and, for the leader or an admin, the next step), its meetings, what later stages produced,
// and a timeline. Out-of-scope and missing assessments look the same (404), so ids cannot be probed.
import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { isAdmin, requirePageActor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { findAssessmentProgress, findAssessmentTimeline, getAssessment, loadTransitionFacts } from '@/modules/assessments/queries';
import { canScheduleMeeting } from '@/modules/meetings/access';
import { Card } from '@/components/ui/card';
import { Detail } from '@/components/assessment/detail';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { GroupMembers } from '@/components/assessment/group-members';
import { MeetingList } from '@/components/assessment/meeting-list';
import { ProgressLists } from '@/components/assessment/progress-lists';
import { StatusPanel } from '@/components/assessment/status-panel';
import { Timeline } from '@/components/assessment/timeline';
import { AssessmentSections } from '@/components/assessment/assessment-sections';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

// Metadata and page need the same row; read it once per request.
const loadAssessment = cache(async (id: string) => {
  const actor = await requirePageActor('assessment.read');
  return { actor, assessment: await getAssessment(getDb(), actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { assessment } = await loadAssessment((await params).id);
  return assessment ? { title: `${assessment.targetRegion.name} · ${assessment.campaign.name}` } : {};
}

export default withClientMessages(['assessment.transition', 'assessmentStatus', 'errors'], AssessmentPage);

async function AssessmentPage({ params }: Props) {
  const { id } = await params;
  const { actor, assessment } = await loadAssessment(id);
  if (!assessment) notFound();
  const t = await getTranslations();
  const db = getDb();
  const { campaign, group, targetRegion } = assessment;
  const ref = { id: assessment.id, groupId: group.id };
  const canTransition = canInGroup(actor, 'assessment.transition', group.id);
  const [progress, timeline, facts] = await Promise.all([
    findAssessmentProgress(db, actor, { ...ref, targetRegionId: targetRegion.id }),
    findAssessmentTimeline(db, actor, ref),
    canTransition ? loadTransitionFacts(db, { ...assessment, targetRegionId: targetRegion.id }) : null,
  ]);
  const canSchedule = canScheduleMeeting(actor, assessment);

  return (
    <>
      <Link href="/assessments" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('assessment.backToList')}
      </Link>
      <PageHeader
        eyebrow={campaign.name}
        title={targetRegion.name}
        description={t('assessment.byGroup', { number: group.number })}
        actions={<StatusBadge status={assessment.status} />}
      />
      <AssessmentSections assessmentId={assessment.id} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-3">
          <h2 className="mb-3 font-semibold text-slate-900">{t('assessment.transition.title')}</h2>
          <StatusPanel assessment={assessment} facts={facts} isAdmin={isAdmin(actor)} />
        </Card>
        <Card className="lg:col-span-1">
          <h2 className="mb-3 font-semibold text-slate-900">{t('assessment.overview')}</h2>
          <dl className="space-y-3 text-sm">
            <Detail label={t('assessment.campaign')}>{campaign.name}</Detail>
            <Detail label={t('assessment.group')}>
              {t('assessment.groupNumber', { number: group.number })}
              <span className="block text-slate-500">{group.name}</span>
            </Detail>
            <Detail label={t('assessment.targetRegion')}>
              {t('assessment.regionWithLevel', { name: targetRegion.name, level: t(`regionLevel.${targetRegion.level}`) })}
            </Detail>
            <Detail label={t('assessment.status')}>
              <StatusBadge status={assessment.status} />
            </Detail>
          </dl>
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-1 font-semibold text-slate-900">{t('assessment.members')}</h2>
          <GroupMembers members={group.members} />
        </Card>
        <Card className="lg:col-span-3">
          <h2 className="mb-1 font-semibold text-slate-900">{t('assessment.meetings')}</h2>
          <MeetingList meetings={assessment.meetings} scheduleHref={canSchedule ? `/assessments/${assessment.id}/meetings/new` : undefined} />
        </Card>
        <ProgressLists progress={progress} />
        <Card className="lg:col-span-3">
          <h2 className="mb-3 font-semibold text-slate-900">{t('assessment.timeline.title')}</h2>
          <Timeline events={timeline} />
        </Card>
      </div>
    </>
  );
}
