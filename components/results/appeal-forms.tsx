'use client';

// The official's appeal of an indicator verdict (reason and one to five files, multipart to the results route)
// and the leader's answer to one appeal (upheld or revised, with a note).
import { useId, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { ACCEPTED_FILES } from '@/lib/upload-limits';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, controlProps } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { answerResultAppealAction } from '@/modules/results/actions';

function scoped(prefix: string, errors: Record<string, string[]>, name: string) {
  const id = `${prefix}${name}`;
  const scopedErrors = { [id]: errors[name] ?? [] };
  return { id, errors: scopedErrors, props: { ...controlProps(id, scopedErrors), name } };
}

export function AppealForm({ assessmentId, indicators }: { assessmentId: string; indicators: { id: string; code: string; name: string }[] }) {
  const t = useTranslations('resultsWorkflow.appeals');
  const prefix = useId();
  const { pending, failure, submit, refresh } = useSubmit();
  const errors = failure?.fieldErrors ?? {};
  const [indicator, reason, files] = [scoped(prefix, errors, 'indicatorId'), scoped(prefix, errors, 'reason'), scoped(prefix, errors, 'files')];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new FormData(form);
    const done = await submit(async (): Promise<ActionResult<unknown>> => (await fetch(`/api/results/${assessmentId}/appeals`, { method: 'POST', body })).json());
    if (done) {
      form.reset();
      refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t('new')}>
      <h3 className="font-medium text-slate-900">{t('new')}</h3>
      <FormAlert message={failure?.message} />
      <Field id={indicator.id} label={t('indicator')} errors={indicator.errors}>
        <select {...indicator.props} required>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code} {i.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={reason.id} label={t('reason')} errors={reason.errors}>
        <textarea {...reason.props} required rows={4} maxLength={4000} />
      </Field>
      <Field id={files.id} label={t('files')} errors={files.errors}>
        <input {...files.props} type="file" multiple required accept={ACCEPTED_FILES} className="mt-1 block max-w-full text-sm" />
      </Field>
      <Button type="submit" variant="primary" disabled={pending}>{t('send')}</Button>
    </form>
  );
}

export function AnswerForm({ appealId, label }: { appealId: string; label: string }) {
  const t = useTranslations('resultsWorkflow.appeals');
  const prefix = useId();
  const { pending, failure, submit, refresh } = useSubmit();
  const errors = failure?.fieldErrors ?? {};
  const [decision, note] = [scoped(prefix, errors, 'decision'), scoped(prefix, errors, 'note')];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const done = await submit(() =>
      answerResultAppealAction({ appealId, decision: String(data.get('decision')) as 'UPHELD' | 'REVISED', note: String(data.get('note') ?? '') }),
    );
    if (done) refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-2 space-y-2" noValidate aria-label={label}>
      <FormAlert message={failure?.message} />
      <Field id={decision.id} label={t('answer')} errors={decision.errors}>
        <select {...decision.props} defaultValue="UPHELD">
          <option value="UPHELD">{t('decision.UPHELD')}</option>
          <option value="REVISED">{t('decision.REVISED')}</option>
        </select>
      </Field>
      <Field id={note.id} label={t('answerNote')} hint={t('revisedHint')} errors={note.errors}>
        <textarea {...note.props} required rows={3} maxLength={4000} />
      </Field>
      <Button type="submit" disabled={pending}>{t('sendAnswer')}</Button>
    </form>
  );
}
