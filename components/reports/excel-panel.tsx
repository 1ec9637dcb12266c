'use client';

// Excel for a report: download the template, upload it filled in, export a submitted revision,
// open the printable page. The upload answers at once with an import job that the worker runs (all
// cells checked; any bad cell and nothing is saved); this panel follows the job (progress, cancel)
// and shows how it ended — figures imported (then the form is refreshed), the cells to fix, or why
// the file was refused. After a reload the page passes the latest job back in. The report page
// decides which parts the actor may use.
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ImportCellIssue, ImportJobView } from '@/modules/imports/view';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { ImportJobProgress } from '@/components/imports/import-job-progress';
import { useImportJob } from '@/components/imports/use-import-job';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CONTROL_CLASSES, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { TableScroll } from '@/components/ui/table-scroll';
import { DownloadLink } from '@/components/ui/download-link';

type Props = {
  reportId: string;
  /** The actor may fill the report in now (working copy editable): template and upload. */
  canFill: boolean;
  /** The submitted revision to export and print (usually the latest), or null before the first submission (then the print page shows its default). */
  revision: number | null;
  /** The actor's latest Excel import of this report, if any (a reload shows it still running, or how it ended). */
  latestJob: ImportJobView | null;
};

export function ExcelPanel({ reportId, canFill, revision, latestJob }: Props) {
  const t = useTranslations('excel.panel');
  const tj = useTranslations('imports.job');
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const onFinished = useCallback(
    (job: ImportJobView) => {
      if (job.state === 'DONE') router.refresh();
    },
    [router],
  );
  const { job, active, failure: pollFailure, cancelling, follow, cancel } = useImportJob(latestJob, onFinished);
  const fileId = useId();
  const errorId = `${fileId}-error`;
  const busy = sending || active;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setMessage(t('noFile'));
    if (file.size > IMPORT_LIMITS.REPORT_EXCEL.fileBytes) return setMessage(t('tooBig'));
    const form = new FormData();
    form.set('file', file);
    setSending(true);
    try {
      const response = await fetch(`/api/reports/${encodeURIComponent(reportId)}/excel/import`, { method: 'POST', body: form });
      const body = (await response.json()) as { ok: true; data: { jobId: string } } | { ok: false; message: string };
      if (body.ok) await follow(body.data.jobId);
      else setMessage(body.message);
    } catch {
      setMessage(t('network'));
    } finally {
      setSending(false);
    }
  }

  const saved = job?.state === 'DONE' ? job.result : null;
  return (
    <Card>
      <h2 className="mb-1 font-semibold text-slate-900">{t('title')}</h2>
      {canFill ? <p className="mb-3 text-sm text-slate-600">{t('description')}</p> : null}
      <div className="mb-4 flex flex-wrap gap-2">
        {canFill ? (
          <DownloadLink href={`/api/reports/${reportId}/excel/template`} className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
            {t('downloadTemplate')}
          </DownloadLink>
        ) : null}
        {revision ? (
          <DownloadLink href={`/api/reports/${reportId}/excel/export?revision=${revision}`} className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
            {t('exportRevision', { revision })}
          </DownloadLink>
        ) : null}
        <a href={`/reports/${reportId}/print${revision ? `?revision=${revision}` : ''}`} className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
          {t('print')}
        </a>
      </div>
      {canFill ? (
        <div className="space-y-3">
          <form onSubmit={onSubmit} noValidate className="space-y-3" aria-busy={busy}>
            <div>
              <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
                {t('file')}
              </label>
              <input
                id={fileId}
                name="file"
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                required
                disabled={busy}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? errorId : undefined}
                className={`${CONTROL_CLASSES} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:text-sm`}
              />
            </div>
            <button type="submit" disabled={busy} className={buttonClasses({ size: 'sm' })}>
              {sending ? t('processing') : t('upload')}
            </button>
            <div id={errorId}>
              <FormAlert message={message} />
            </div>
          </form>
          {pollFailure ? <FormAlert message={`${tj('network')} ${pollFailure.message}`} /> : null}
          {job && active ? <ImportJobProgress job={job} cancelling={cancelling} onCancel={() => void cancel()} /> : null}
          <FormNotice message={saved ? t('imported', { count: Number(saved.count ?? 0) }) : null} />
          {saved && Number(saved.warnings ?? 0) > 0 ? <p className="text-sm text-amber-800">{t('warnings', { count: Number(saved.warnings) })}</p> : null}
          {job?.state === 'CANCELLED' ? <FormNotice message={tj('state.CANCELLED')} /> : null}
          {job?.state === 'FAILED' && job.message ? <FormAlert message={job.message} /> : null}
          {job?.state === 'FAILED' && job.cells.length > 0 ? <RejectedCells cells={job.cells} /> : null}
        </div>
      ) : null}
    </Card>
  );
}

/** The cells an upload was refused for: where each is, what it held and why it is wrong. */
function RejectedCells({ cells }: { cells: ImportCellIssue[] }) {
  const t = useTranslations('excel.panel');
  const tp = useTranslations('reports.period');
  const columns = ['cell', 'indicator', 'period', 'value', 'reason'] as const;
  return (
    <div role="alert">
      <p className="mb-2 text-sm font-medium text-red-800">{t('rejectedTitle', { count: cells.length })}</p>
      <TableScroll label={t('rejectedCaption')} className="rounded-md border border-red-200">
        <table className="min-w-full divide-y divide-red-100 text-left text-sm">
          <caption className="sr-only">{t('rejectedCaption')}</caption>
          <thead className="bg-red-50 text-red-900">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-red-100 bg-white align-top">
            {cells.map((cell) => (
              <tr key={`${cell.sheet}!${cell.cell}`}>
                <th scope="row" className="px-3 py-2 font-mono font-medium whitespace-nowrap">
                  {cell.sheet}!{cell.cell}
                </th>
                <td className="px-3 py-2 font-mono whitespace-nowrap">{cell.indicatorCode ?? '—'}</td>
                <td className="px-3 py-2 whitespace-nowrap">{cell.period ? tp(cell.period as Parameters<typeof tp>[0]) : '—'}</td>
                <td className="max-w-40 truncate px-3 py-2" title={cell.value}>{cell.value || '—'}</td>
                <td className="min-w-56 px-3 py-2 text-red-900">{cell.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
