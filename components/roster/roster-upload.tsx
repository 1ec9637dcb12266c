'use client';

// Uploads a roster file: the server stores it and answers at once with an import job, which the
// worker runs; this form then follows the job (progress, cancel) and shows how it ended — rows
// imported, or the bad rows (nothing saved), or why the file was refused. The job is on the server:
// after a reload the page passes the latest one back in and the form picks it up again.
import { useCallback, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ImportJobView } from '@/modules/imports/view';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { ImportJobProgress } from '@/components/imports/import-job-progress';
import { useImportJob } from '@/components/imports/use-import-job';
import { RosterIssueList } from '@/components/roster/roster-issue-list';

type Failure = { message: string; fieldErrors?: Record<string, string[]> };

export function RosterUpload({ countyId, latestJob }: { countyId: string; latestJob: ImportJobView | null }) {
  const t = useTranslations('siteVisits.roster');
  const tj = useTranslations('imports.job');
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const onFinished = useCallback((job: ImportJobView) => {
    if (job.state === 'DONE') router.refresh();
  }, [router]);
  const { job, active, failure: pollFailure, cancelling, follow, cancel } = useImportJob(latestJob, onFinished);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set('countyId', countyId);
    setSending(true);
    setFailure(null);
    try {
      const response = await fetch('/api/rosters', { method: 'POST', body: form });
      const body = (await response.json()) as { ok: true; data: { jobId: string } } | ({ ok: false } & Failure);
      if (body.ok) await follow(body.data.jobId);
      else setFailure(body);
    } catch {
      setFailure({ message: t('errors.network') });
    } finally {
      setSending(false);
    }
  }

  const errors = failure?.fieldErrors ?? {};
  const busy = sending || active;
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={failure?.message} />
        <Field id="file" label={t('file')} hint={t('fileHint')} errors={errors}>
          <input {...controlProps('file', errors, t('fileHint'))} type="file" required disabled={busy} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
        </Field>
        <Button type="submit" disabled={busy}>{busy ? t('importing') : t('submit')}</Button>
      </form>
      {pollFailure ? <FormAlert message={`${tj('network')} ${pollFailure.message}`} /> : null}
      {job && active ? <ImportJobProgress job={job} cancelling={cancelling} onCancel={() => void cancel()} /> : null}
      {job?.state === 'DONE' ? <FormNotice message={t('done', { rows: job.rowCount ?? 0, hash: String(job.result?.contentHash ?? '') })} /> : null}
      {job?.state === 'CANCELLED' ? <FormNotice message={tj('state.CANCELLED')} /> : null}
      {job?.state === 'FAILED' && job.message ? <FormAlert message={job.message} /> : null}
      {job?.state === 'FAILED' && job.issues.length > 0 ? <RosterIssueList issueCount={job.issueCount ?? job.issues.length} issues={job.issues} /> : null}
    </div>
  );
}
