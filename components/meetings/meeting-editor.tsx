'use client';

// "Edit meeting details" for the leader: a button that opens the meeting form in place.
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { MeetingPerson } from '@/modules/meetings/queries';
import { Button } from '@/components/ui/button';
import { MeetingForm, type MeetingFormValues } from '@/components/meetings/meeting-form';

export function MeetingEditor({ id, version, values, people }: {
  id: string;
  version: number;
  values: MeetingFormValues;
  people: MeetingPerson[];
}) {
  const t = useTranslations('meetings.form');
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        {t('edit')}
      </Button>
    );
  }
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <MeetingForm target={{ id, version }} values={values} people={people} onDone={() => setOpen(false)} />
    </div>
  );
}
