'use client';

// Marking one attendee present, absent or unknown, and removing them. A failed save keeps the
// choice on screen with the message, so nothing the user did silently disappears.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { markAttendanceAction, removeAttendeeAction } from '@/modules/meetings/actions';
import type { AttendeeView } from '@/modules/meetings/queries';
import { attendanceOf } from '@/modules/meetings/rules';
import { ATTENDANCE, type Attendance } from '@/modules/meetings/attendance';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { cn } from '@/components/ui/cn';

export function AttendeeControls({ attendee }: { attendee: AttendeeView }) {
  const t = useTranslations('meetings.attendees');
  const router = useRouter();
  const id = useId();
  const [attendance, setAttendance] = useState<Attendance>(attendanceOf(attendee.attended));
  const { pending, failure, submit } = useSubmit();

  async function run<R>(call: () => Promise<ActionResult<R>>) {
    if (await submit(call)) router.refresh();
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={id} className="sr-only">
          {t('attendanceOf', { name: attendee.name })}
        </label>
        <select
          id={id}
          value={attendance}
          disabled={pending}
          className={cn(CONTROL_CLASSES, 'mt-0 w-auto py-1 text-sm')}
          onChange={(event) => {
            const next = event.target.value as Attendance;
            setAttendance(next);
            void run(() => markAttendanceAction({ id: attendee.id, version: attendee.version, attendance: next }));
          }}
        >
          {ATTENDANCE.map((value) => (
            <option key={value} value={value}>
              {t(`attendance.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ConfirmAction
        size="sm"
        label={t('remove')}
        ariaLabel={t('removePerson', { name: attendee.name })}
        question={t('removeQuestion')}
        confirmLabel={t('confirmRemove')}
        cancelLabel={t('cancel')}
        pending={pending}
        onConfirm={() => run(() => removeAttendeeAction({ id: attendee.id, version: attendee.version }))}
      />
      <div className="basis-full">
        <FormAlert message={failure?.message} />
      </div>
    </div>
  );
}
