'use client';

// A text and one to five files sent together as multipart form data to one of the finding
// route handlers: an appeal (reason + evidence) or a proof of completion (note + evidence).
import { useId, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { scopeErrors, scopedControl } from '@/components/meetings/scoped-fields';
import { Button } from '@/components/ui/button';
import { ACCEPTED_FILES } from '@/lib/upload-limits';

export function FilesForm({ url, version, textField, labels }: {
  url: string;
  version: number;
  textField: 'reason' | 'note';
  labels: { text: string; files: string; submit: string; submitting: string; intro?: string };
}) {
  const t = useTranslations('findings.appeal');
  const router = useRouter();
  const prefix = useId();
  const { pending, failure, submit } = useSubmit();
  const errors = scopeErrors(prefix, failure?.fieldErrors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    body.set('version', String(version));
    const done = await submit(async (): Promise<ActionResult<unknown>> => (await fetch(url, { method: 'POST', body })).json());
    if (done) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {labels.intro ? <p className="text-sm text-slate-600">{labels.intro}</p> : null}
      <FormAlert message={failure?.message} />
      <Field id={`${prefix}${textField}`} label={labels.text} errors={errors}>
        <textarea {...scopedControl(prefix, textField, errors)} required rows={4} maxLength={4000} />
      </Field>
      <Field id={`${prefix}files`} label={labels.files} hint={t('filesHint')} errors={errors}>
        <input {...scopedControl(prefix, 'files', errors)} type="file" multiple required accept={ACCEPTED_FILES} className="mt-1 block max-w-full text-sm" />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? labels.submitting : labels.submit}</Button>
    </form>
  );
}
