// A meeting: details, agenda, attendees and minutes. The leader and admins edit everything;
// the group's assessors write draft minutes; officials of the region read the meeting and its
// published minutes only. Out-of-scope and missing meetings look the same (404).
import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findRecordHistory } from '@/modules/history/queries';
import { HistoryCard } from '@/components/history/record-history';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findMeetingPeople, findPresentingRegions, getMeeting } from '@/modules/meetings/queries';
import { meetingFrozenReason } from '@/modules/meetings/rules';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DateTime } from '@/components/date-time';
import { Detail } from '@/components/assessment/detail';
import { AgendaItemForm } from '@/components/meetings/agenda-item-form';
import { AgendaList } from '@/components/meetings/agenda-list';
import { AttendeeForm } from '@/components/meetings/attendee-form';
import { AttendeeList } from '@/components/meetings/attendee-list';
import { MeetingEditor } from '@/components/meetings/meeting-editor';
import { MinutesSection } from '@/components/meetings/minutes-section';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadMeeting = cache(async (id: string) => {
  const actor = await requirePageActor('meeting.read');
  return getMeeting(getDb(), actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await loadMeeting((await params).id);
  return meeting ? { title: meeting.title } : {};
}

export default withClientMessages(['drafts', 'errors', 'meetingKind', 'meetings.agenda', 'meetings.attendees', 'meetings.form', 'meetings.minutes', 'meetings.person'], MeetingPage);

async function MeetingPage({ params }: Props) {
  const meeting = await loadMeeting((await params).id);
  if (!meeting) notFound();
  const t = await getTranslations();
  const history = (await findRecordHistory(getDb(), await requirePageActor('meeting.read'), 'meeting', meeting.id)) ?? [];
  const { assessment } = meeting;
  const frozen = Boolean(meetingFrozenReason({ campaignStatus: assessment.campaign.status, assessmentStatus: assessment.status }));
  const manage = meeting.abilities.manage && !frozen;
  const [people, regions] = manage
    ? await Promise.all([findMeetingPeople(getDb(), assessment), findPresentingRegions(getDb(), assessment.targetRegionId)])
    : [[], []];

  return (
    <>
      <Link href={`/assessments/${assessment.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('meetings.backToAssessment', { region: assessment.targetRegion.name })}
      </Link>
      <PageHeader
        eyebrow={t('meetings.eyebrow', { campaign: assessment.campaign.name, number: assessment.group.number, region: assessment.targetRegion.name })}
        title={meeting.title}
        description={<Badge tone={meeting.kind === 'BRIEFING' ? 'sky' : 'violet'}>{t(`meetingKind.${meeting.kind}`)}</Badge>}
        actions={
          <Link href={`/meetings/${meeting.id}/notice`} className={buttonClasses({ variant: 'secondary' })}>
            {t('meetings.notice.open')}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="space-y-4 lg:col-span-1">
          <h2 className="font-semibold text-slate-900">{t('meetings.details')}</h2>
          <dl className="space-y-3 text-sm">
            <Detail label={t('meetings.form.startsAt')}><DateTime value={meeting.startsAt} /></Detail>
            <Detail label={t('meetings.form.place')}>{meeting.place}</Detail>
            <Detail label={t('meetings.form.chair')}>{meeting.chair?.displayName ?? t('meetings.form.noChair')}</Detail>
          </dl>
          {manage ? (
            <MeetingEditor
              id={meeting.id}
              version={meeting.version}
              values={{ kind: meeting.kind, title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, chairId: meeting.chair?.id ?? null }}
              people={people}
            />
          ) : null}
        </Card>
        <Card className="space-y-4 lg:col-span-2">
          <h2 className="font-semibold text-slate-900">{t('meetings.agenda.title')}</h2>
          <AgendaList items={meeting.agendaItems} editing={manage ? { people, regions } : undefined} />
          {manage ? (
            <section aria-labelledby="add-agenda" className="border-t border-slate-200 pt-4">
              <h3 id="add-agenda" className="mb-3 font-medium text-slate-900">{t('meetings.agenda.addTitle')}</h3>
              <AgendaItemForm target={{ meetingId: meeting.id }} people={people} regions={regions} />
            </section>
          ) : null}
        </Card>
        <Card className="space-y-4 lg:col-span-3">
          <h2 className="font-semibold text-slate-900">{t('meetings.minutes.title')}</h2>
          <MinutesSection meeting={meeting} frozen={frozen} />
        </Card>
        <Card className="space-y-4 lg:col-span-3">
          <h2 className="font-semibold text-slate-900">{t('meetings.attendees.title')}</h2>
          <AttendeeList attendees={meeting.attendees} manage={manage} />
          {manage ? (
            <section aria-labelledby="add-attendee" className="border-t border-slate-200 pt-4">
              <h3 id="add-attendee" className="mb-3 font-medium text-slate-900">{t('meetings.attendees.addTitle')}</h3>
              <AttendeeForm meetingId={meeting.id} people={people} />
            </section>
          ) : null}
        </Card>
        <HistoryCard entries={history} kind="meeting" className="lg:col-span-3" />
      </div>
    </>
  );
}
