import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { AssessmentDetail } from '@/modules/assessments/queries';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { DateTime } from '@/components/date-time';

/** The assessment's meetings in time order; "schedule" only for who may (leader, admin). */
export function MeetingList({ meetings, scheduleHref }: { meetings: AssessmentDetail['meetings']; scheduleHref?: string }) {
  const t = useTranslations();
  const schedule = scheduleHref ? (
    <Link href={scheduleHref} className={buttonClasses({ size: 'sm' })}>
      {t('assessment.scheduleMeeting')}
    </Link>
  ) : null;
  return (
    <div className="space-y-3">
      {meetings.length === 0 ? (
        <EmptyState title={t('assessment.noMeetings')} description={t('assessment.noMeetingsDescription')} action={schedule} />
      ) : (
        <>
          <ul className="divide-y divide-slate-200">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="py-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/meetings/${meeting.id}`} className="min-w-0 font-medium break-words text-blue-700 hover:underline">
                    {meeting.title}
                  </Link>
                  <span className="flex flex-wrap gap-1">
                    <Badge tone={meeting.kind === 'BRIEFING' ? 'sky' : 'violet'}>{t(`meetingKind.${meeting.kind}`)}</Badge>
                    <Badge tone={meeting.minutesStatus === 'PUBLISHED' ? 'green' : 'neutral'}>
                      {t(`assessment.minutesStatus.${meeting.minutesStatus}`)}
                    </Badge>
                  </span>
                </div>
                <p className="mt-1 text-sm text-slate-600">
                  <DateTime value={meeting.startsAt} /> · {meeting.place}
                </p>
              </li>
            ))}
          </ul>
          {schedule}
        </>
      )}
    </div>
  );
}
