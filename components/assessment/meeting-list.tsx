import { useTranslations } from 'next-intl';
import type { AssessmentDetail } from '@/modules/assessments/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { DateTime } from '@/components/date-time';

export function MeetingList({ meetings }: { meetings: AssessmentDetail['meetings'] }) {
  const t = useTranslations();
  if (meetings.length === 0) {
    return <EmptyState title={t('assessment.noMeetings')} description={t('assessment.noMeetingsDescription')} />;
  }
  return (
    <ul className="divide-y divide-slate-200">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="min-w-0 font-medium break-words text-slate-900">{meeting.title}</span>
            <Badge tone={meeting.kind === 'BRIEFING' ? 'sky' : 'violet'}>{t(`meetingKind.${meeting.kind}`)}</Badge>
          </div>
          <p className="mt-1 text-sm text-slate-600">
            <DateTime value={meeting.startsAt} /> · {meeting.place}
          </p>
        </li>
      ))}
    </ul>
  );
}
