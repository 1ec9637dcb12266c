// Scheduling a meeting for an assessment (group leader, admin). Anyone else gets not-found.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getAssessment } from '@/modules/assessments/queries';
import { canScheduleMeeting } from '@/modules/meetings/access';
import { findMeetingPeople } from '@/modules/meetings/queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meetings.schedule');
  return { title: t('title') };
}

export default withClientMessages(['drafts', 'errors', 'meetingKind', 'meetings.form', 'meetings.person'], ScheduleMeetingPage);

async function ScheduleMeetingPage({ params }: Props) {
  const actor = await requirePageActor('meeting.manage');
  const assessment = await getAssessment(getDb(), actor, (await params).id);
  if (!assessment || !canScheduleMeeting(actor, assessment)) notFound();
  const t = await getTranslations('meetings');
  const people = await findMeetingPeople(getDb(), { groupId: assessment.group.id, targetRegionId: assessment.targetRegion.id });
  const leader = assessment.group.members.find((m) => m.role === 'GROUP_LEADER')?.user.id ?? null;

  return (
    <>
      <Link href={`/assessments/${assessment.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToAssessment', { region: assessment.targetRegion.name })}
      </Link>
      <PageHeader
        eyebrow={t('eyebrow', { campaign: assessment.campaign.name, number: assessment.group.number, region: assessment.targetRegion.name })}
        title={t('schedule.title')}
        description={t('schedule.description')}
      />
      <Card className="max-w-3xl">
        <MeetingForm
          target={{ assessmentId: assessment.id }}
          values={{
            kind: 'BRIEFING',
            title: t('schedule.defaultTitle', { group: assessment.group.name, region: assessment.targetRegion.name }),
            startsAt: null,
            place: '',
            chairId: leader,
          }}
          people={people}
        />
      </Card>
    </>
  );
}
