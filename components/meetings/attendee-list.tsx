// Who attends: users and named people with title and organisation, and whether they came.
import { useTranslations } from 'next-intl';
import type { AttendeeView } from '@/modules/meetings/queries';
import { attendanceOf } from '@/modules/meetings/rules';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { AttendeeControls } from '@/components/meetings/attendee-controls';

const TONE = { PRESENT: 'green', ABSENT: 'red', UNKNOWN: 'neutral' } as const;

export function AttendeeList({ attendees, manage }: { attendees: AttendeeView[]; manage: boolean }) {
  const t = useTranslations('meetings.attendees');
  if (attendees.length === 0) return <EmptyState title={t('empty')} />;
  return (
    <ul className="divide-y divide-slate-200">
      {attendees.map((attendee) => {
        const attendance = attendanceOf(attendee.attended);
        return (
          <li key={attendee.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
            <span className="min-w-0">
              <span className="block font-medium break-words text-slate-900">{attendee.name}</span>
              <span className="block text-sm break-words text-slate-600">
                {[attendee.organisation, attendee.title].filter(Boolean).join(' ') || t('noTitle')}
              </span>
            </span>
            {manage ? <AttendeeControls attendee={attendee} /> : <Badge tone={TONE[attendance]}>{t(`attendance.${attendance}`)}</Badge>}
          </li>
        );
      })}
    </ul>
  );
}
