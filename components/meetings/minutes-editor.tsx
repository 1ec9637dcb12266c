'use client';

// Writing the minutes: a draft saved by assessors or the leader (each save checked against the
// version the writer started from), and published by the leader. Published minutes can only be
// changed by whoever may publish; they stay published. What is typed is kept in the browser and,
// after someone else's save, merged onto it (both changed the minutes: the writer chooses).
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { MinutesStatus } from '@/lib/generated/prisma/enums';
import { publishMinutesAction, saveMinutesAction } from '@/modules/meetings/actions';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CONTROL_CLASSES, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';

type Minutes = { minutes: string };
const CODEC = plainCodec<Minutes>();

export function MinutesEditor({ meetingId, version, status, saved, canPublish }: {
  meetingId: string;
  version: number;
  status: MinutesStatus;
  saved: string;
  canPublish: boolean;
}) {
  const t = useTranslations('meetings.minutes');
  const router = useRouter();
  const id = useId();
  const draft = useVersionedDraft({ recordKey: `minutes:${meetingId}`, version, values: { minutes: saved }, codec: CODEC });
  const text = draft.mine.minutes;
  const [notice, setNotice] = useState<string | null>(null);
  const { pending, failure, submit } = useSubmit();
  const dirty = draft.dirty && text.trim() !== saved.trim();

  async function save() {
    setNotice(null);
    const done = await submit(async () => draft.checkConflict(await saveMinutesAction({ id: meetingId, version: draft.version, minutes: text })));
    if (done) {
      draft.markSaved({ minutes: text }, done.version);
      setNotice(t('saved'));
      router.refresh();
    }
  }

  async function publish() {
    setNotice(null);
    if (await submit(async () => draft.checkConflict(await publishMinutesAction({ id: meetingId, version: draft.version })))) {
      setNotice(t('publishedNotice'));
      router.refresh();
    }
  }

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FormAlert message={failure?.code === 'CONFLICT' ? null : failure?.message} />
      <DraftNotices draft={draft} labelOf={() => (status === 'PUBLISHED' ? t('editPublished') : t('draftLabel'))} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {status === 'PUBLISHED' ? t('editPublished') : t('draftLabel')}
        </label>
        <textarea id={id} rows={10} maxLength={20_000} value={text} onChange={(event) => draft.update(() => ({ minutes: event.target.value }))} className={CONTROL_CLASSES} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant={status === 'DRAFT' ? 'secondary' : 'primary'} disabled={pending || !dirty || draft.conflicts.length > 0}>
          {pending ? t('saving') : status === 'DRAFT' ? t('saveDraft') : t('saveChanges')}
        </Button>
        {canPublish && status === 'DRAFT' ? (
          <ConfirmAction
            variant="primary"
            label={t('publish')}
            question={t('publishQuestion')}
            confirmLabel={t('confirmPublish')}
            cancelLabel={t('cancel')}
            pending={pending}
            disabled={dirty || !saved.trim()}
            onConfirm={publish}
          />
        ) : null}
      </div>
      {canPublish && status === 'DRAFT' && dirty ? <p className="text-sm text-slate-600">{t('saveBeforePublish')}</p> : null}
      <FormNotice message={notice} />
    </form>
  );
}
