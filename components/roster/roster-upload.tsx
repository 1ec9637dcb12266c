'use client';

// Uploads a roster file and follows the server's newline-delimited JSON progress events, showing a
// progress bar while the rows are checked and saved, and the bad rows (nothing saved) if any.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { RosterStreamEvent } from '@/modules/households/roster-events';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { RosterIssueList } from '@/components/roster/roster-issue-list';

type Failure = { message: string; fieldErrors?: Record<string, string[]> };

async function* readEvents(response: Response): AsyncGenerator<RosterStreamEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as RosterStreamEvent;
  }
}

export function RosterUpload({ countyId }: { countyId: string }) {
  const t = useTranslations('siteVisits.roster');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<RosterStreamEvent | null>(null);
  const [outcome, setOutcome] = useState<RosterStreamEvent | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set('countyId', countyId);
    setPending(true);
    setFailure(null);
    setOutcome(null);
    setProgress(null);
    try {
      const response = await fetch('/api/rosters', { method: 'POST', body: form });
      if (!response.ok) {
        setFailure((await response.json()) as Failure);
        return;
      }
      let last: RosterStreamEvent | null = null;
      for await (const e of readEvents(response)) {
        if (e.type === 'reading' || e.type === 'progress') setProgress(e);
        else last = e;
      }
      if (!last) setFailure({ message: t('errors.network') });
      else if (last.type === 'error') setFailure({ message: last.message });
      else {
        setOutcome(last);
        if (last.type === 'done') router.refresh();
      }
    } catch {
      setFailure({ message: t('errors.network') });
    } finally {
      setPending(false);
      setProgress(null);
    }
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={failure?.message} />
      <Field id="file" label={t('file')} hint={t('fileHint')} errors={errors}>
        <input {...controlProps('file', errors, t('fileHint'))} type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? t('importing') : t('submit')}</Button>
        {outcome?.type === 'done' ? <FormNotice message={t('done', { rows: outcome.rowCount, hash: outcome.contentHash })} /> : null}
      </div>
      {progress ? <ProgressBar event={progress} label={t('progressLabel')} /> : null}
      {outcome?.type === 'invalid' ? <RosterIssueList issueCount={outcome.issueCount} issues={outcome.issues} /> : null}
    </form>
  );
}

function ProgressBar({ event, label }: { event: RosterStreamEvent; label: string }) {
  const t = useTranslations('siteVisits.roster.phase');
  const text = event.type === 'progress' ? t(event.phase, { done: event.done, total: event.total }) : t('reading');
  return (
    <div className="space-y-1" role="status">
      <progress
        aria-label={label}
        className="h-2 w-full"
        max={event.type === 'progress' ? event.total : undefined}
        value={event.type === 'progress' ? event.done : undefined}
      />
      <p className="text-sm text-slate-600">{text}</p>
    </div>
  );
}
