'use client';

// Evidence of a draft finding: the assessors add photos and documents one at a time (type checked
// by content on the server, location removed from the stored copy) and remove what was wrong.
import { useId, useRef, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { ACCEPTED_FILES } from '@/lib/upload-limits';
import { removeFindingEvidenceAction } from '@/modules/findings/actions';
import type { FindingAttachment } from '@/modules/findings/queries';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Button } from '@/components/ui/button';
import { AttachmentGallery } from '@/components/findings/attachment-gallery';


export function EvidencePanel({ findingId, items, canEdit }: { findingId: string; items: FindingAttachment[]; canEdit: boolean }) {
  const t = useTranslations('findings.evidence');
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { pending, failure, submit } = useSubmit();

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    const done = await submit(async (): Promise<ActionResult<unknown>> => (await fetch(`/api/findings/${findingId}/evidence`, { method: 'POST', body })).json());
    if (done) {
      if (inputRef.current) inputRef.current.value = '';
      router.refresh();
    }
  }

  async function remove(attachmentId: string) {
    if (await submit(() => removeFindingEvidenceAction({ findingId, attachmentId }))) router.refresh();
  }

  const message = failure ? failure.fieldErrors.file?.join(' ') || failure.message : null;
  return (
    <div className="space-y-3">
      <AttachmentGallery
        findingId={findingId}
        items={items}
        showLocation
        empty={t('empty')}
        renderAction={canEdit ? (a) => (
          <Button size="sm" variant="ghost" aria-label={t('removeNamed', { name: a.fileName })} disabled={pending} onClick={() => void remove(a.id)}>
            {t('remove')}
          </Button>
        ) : undefined}
      />
      <FormAlert message={message} />
      {canEdit ? (
        <form onSubmit={upload} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0">
            <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">{t('file')}</label>
            <input ref={inputRef} id={inputId} name="file" type="file" required accept={ACCEPTED_FILES} className="mt-1 block max-w-full text-sm" aria-describedby={`${inputId}-hint`} />
            <p id={`${inputId}-hint`} className="mt-1 text-xs text-slate-500">{t('hint')}</p>
          </div>
          <Button type="submit" size="sm" disabled={pending}>{pending ? t('uploading') : t('upload')}</Button>
        </form>
      ) : null}
    </div>
  );
}
