'use client';

// Writing the minutes: a draft saved by assessors or the leader (each save checked against the
// version the writer started from), and published by the leader. Published minutes can only be
// changed by whoever may publish; they stay published.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { MinutesStatus } from '@/lib/generated/prisma/enums';
import { publishMinutesAction, saveMinutesAction } from '@/modules/meetings/actions';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CONTROL_CLASSES, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

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
  const [text, setText] = useState(saved);
  const [notice, setNotice] = useState<string | null>(null);
  const { pending, failure, submit } = useSubmit();
  const dirty = text.trim() !== saved.trim();

  async function save() {
    setNotice(null);
    if (await submit(() => saveMinutesAction({ id: meetingId, version, minutes: text }))) {
      setNotice(t('saved'));
      router.refresh();
    }
  }

  async function publish() {
    setNotice(null);
    if (await submit(() => publishMinutesAction({ id: meetingId, version }))) {
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
      <FormAlert message={failure?.message} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {status === 'PUBLISHED' ? t('editPublished') : t('draftLabel')}
        </label>
        <textarea id={id} rows={10} maxLength={20_000} value={text} onChange={(event) => setText(event.target.value)} className={CONTROL_CLASSES} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant={status === 'DRAFT' ? 'secondary' : 'primary'} disabled={pending || !dirty}>
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
