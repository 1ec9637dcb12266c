'use client';

// "Edit meeting details" for the leader: a button that opens the meeting form in place. Unsaved
// input is kept in the browser and merged onto someone else's newer save.
import { useTranslations } from 'next-intl';
import type { MeetingPerson } from '@/modules/meetings/queries';
import { DraftEditor } from '@/components/drafts/draft-editor';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';
import { MeetingForm, meetingText, type MeetingFormValues, type MeetingText } from '@/components/meetings/meeting-form';

const CODEC = plainCodec<MeetingText>();

export function MeetingEditor({ id, version, values, people }: {
  id: string;
  version: number;
  values: MeetingFormValues;
  people: MeetingPerson[];
}) {
  const t = useTranslations('meetings.form');
  const draft = useVersionedDraft({ recordKey: `meeting:${id}`, version, values: meetingText(values), codec: CODEC });
  return (
    <DraftEditor draft={draft} editLabel={t('edit')} size="sm">
      {(close) => (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <MeetingForm key={draft.generation} target={{ id, version: draft.version }} values={values} draft={draft} people={people} onDone={close} />
        </div>
      )}
    </DraftEditor>
  );
}
