'use client';

// Add an attendee: one of the assessment's users, or a named person with title and organisation.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { addAttendeeAction } from '@/modules/meetings/actions';
import type { MeetingPerson } from '@/modules/meetings/queries';
import type { PersonKind } from '@/modules/meetings/schema';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { PersonFields } from '@/components/meetings/person-fields';
import { readText, scopeErrors } from '@/components/meetings/scoped-fields';

const NAMES = { user: 'userId', name: 'name', title: 'title', organisation: 'organisation' };

export function AttendeeForm({ meetingId, people }: { meetingId: string; people: MeetingPerson[] }) {
  const t = useTranslations('meetings.attendees');
  const router = useRouter();
  const prefix = useId();
  const [kind, setKind] = useState<PersonKind>('USER');
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readText(form, Object.values(NAMES));
    const person = kind === 'USER' ? { userId: v.userId } : { name: v.name, title: v.title, organisation: v.organisation };
    if (await submit(() => addAttendeeAction({ meetingId, kind, ...person }))) {
      form.reset();
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={failure?.message} />
      <PersonFields legend={t('person')} prefix={prefix} names={NAMES} errors={errors} people={people} kind={kind} onKindChange={setKind} />
      <Button type="submit" disabled={pending}>
        {pending ? t('adding') : t('add')}
      </Button>
    </form>
  );
}
