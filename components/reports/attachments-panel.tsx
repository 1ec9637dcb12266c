'use client';

// Documents attached to a report: download for everyone who sees the report; upload and
// remove (what was attached since the last submission) for its officials while it is editable.
import { useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { ACCEPTED_FILES } from '@/lib/upload-limits';
import { removeReportAttachmentAction } from '@/modules/attachments/actions';
import { FormAlert } from '@/components/ui/form-controls';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export type AttachmentItem = { id: string; fileName: string; sizeBytes: number; createdAt: Date; uploadedBy: string; removable: boolean };


export function AttachmentsPanel({ reportId, items, canUpload }: { reportId: string; items: AttachmentItem[]; canUpload: boolean }) {
  const t = useTranslations('reports.attachments');
  const tErrors = useTranslations('errors');
  const format = useFormatter();
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run(call: () => Promise<ActionResult<unknown>>) {
    setPending(true);
    setMessage(null);
    try {
      const result = await call();
      if (!result.ok) setMessage(result.fieldErrors?.file?.join(' ') || result.message);
      else {
        if (inputRef.current) inputRef.current.value = '';
        router.refresh();
      }
    } catch {
      setMessage(tErrors('INTERNAL'));
    } finally {
      setPending(false);
    }
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    void run(async () => (await fetch(`/api/reports/${reportId}/attachments`, { method: 'POST', body })).json());
  }

  return (
    <div className="space-y-3">
      {items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span className="min-w-0">
                <a href={`/api/reports/${reportId}/attachments/${a.id}`} className="font-medium break-all text-blue-700 hover:underline">
                  {a.fileName}
                </a>
                <span className="block text-slate-500">
                  {t('meta', { size: format.number(a.sizeBytes / 1024, { maximumFractionDigits: 0 }), name: a.uploadedBy, date: format.dateTime(a.createdAt, { dateStyle: 'medium' }) })}
                </span>
              </span>
              {canUpload && a.removable ? (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t('removeNamed', { name: a.fileName })}
                  disabled={pending}
                  onClick={() => void run(() => removeReportAttachmentAction({ reportId, attachmentId: a.id }))}
                >
                  {t('remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <FormAlert message={message} />
      {canUpload ? (
        <form onSubmit={upload} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0">
            <label htmlFor="attachment-file" className="block text-sm font-medium text-slate-800">{t('file')}</label>
            <input ref={inputRef} id="attachment-file" name="file" type="file" required accept={ACCEPTED_FILES} className="mt-1 block max-w-full text-sm" aria-describedby="attachment-hint" />
            <p id="attachment-hint" className="mt-1 text-xs text-slate-500">{t('hint')}</p>
          </div>
          <Button type="submit" size="sm" disabled={pending}>
            {pending ? t('uploading') : t('upload')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
