'use client';

// Excel for a report: download the template, upload it filled in (all cells checked; any bad
// cell and nothing is saved, with the list of what to fix), export a submitted revision,
// open the printable page. The report page decides which parts the actor may use.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { importReportExcelAction } from '@/modules/reports/excel-actions';
import type { ImportResult, RejectedCellView } from '@/modules/reports/excel-import';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CONTROL_CLASSES, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

type Props = {
  reportId: string;
  /** The actor may fill the report in now (working copy editable): template and upload. */
  canFill: boolean;
  /** The submitted revision to export and print (usually the latest), or null before the first submission (then the print page shows its default). */
  revision: number | null;
};

export function ExcelPanel({ reportId, canFill, revision }: Props) {
  const t = useTranslations('excel.panel');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [localError, setLocalError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  const fileId = useId();
  const errorId = `${fileId}-error`;
  const message = localError ?? failure?.message ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    setLocalError(null);
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setLocalError(t('noFile'));
    if (file.size > IMPORT_LIMITS.REPORT_EXCEL.fileBytes) return setLocalError(t('tooBig'));
    const form = new FormData();
    form.set('reportId', reportId);
    form.set('file', file);
    const result = await submit(() => importReportExcelAction(form));
    if (!result) return;
    setOutcome(result);
    if (result.saved) router.refresh();
  }

  const rejected: RejectedCellView[] = outcome && !outcome.saved ? outcome.rejected : [];
  return (
    <Card>
      <h2 className="mb-1 font-semibold text-slate-900">{t('title')}</h2>
      {canFill ? <p className="mb-3 text-sm text-slate-600">{t('description')}</p> : null}
      <div className="mb-4 flex flex-wrap gap-2">
        {canFill ? (
          <a href={`/api/reports/${reportId}/excel/template`} download className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
            {t('downloadTemplate')}
          </a>
        ) : null}
        {revision ? (
          <a href={`/api/reports/${reportId}/excel/export?revision=${revision}`} download className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
            {t('exportRevision', { revision })}
          </a>
        ) : null}
        <a href={`/reports/${reportId}/print${revision ? `?revision=${revision}` : ''}`} className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
          {t('print')}
        </a>
      </div>
      {canFill ? (
        <form onSubmit={onSubmit} noValidate className="space-y-3" aria-busy={pending}>
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
              disabled={pending}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? errorId : undefined}
              className={`${CONTROL_CLASSES} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:text-sm`}
            />
          </div>
          <button type="submit" disabled={pending} className={buttonClasses({ size: 'sm' })}>
            {pending ? t('processing') : t('upload')}
          </button>
          <div id={errorId}>
            <FormAlert message={message} />
          </div>
          <FormNotice message={outcome?.saved ? t('imported', { count: outcome.count }) : null} />
          {outcome?.saved && outcome.warnings.length > 0 ? (
            <p className="text-sm text-amber-800">{t('warnings', { count: outcome.warnings.length })}</p>
          ) : null}
          {rejected.length > 0 ? <RejectedCells cells={rejected} /> : null}
        </form>
      ) : null}
    </Card>
  );
}

/** The cells an upload was refused for: where each is, what it held and why it is wrong. */
function RejectedCells({ cells }: { cells: RejectedCellView[] }) {
  const t = useTranslations('excel.panel');
  const tp = useTranslations('reports.period');
  const columns = ['cell', 'indicator', 'period', 'value', 'reason'] as const;
  return (
    <div role="alert">
      <p className="mb-2 text-sm font-medium text-red-800">{t('rejectedTitle', { count: cells.length })}</p>
      <div className="overflow-x-auto rounded-md border border-red-200">
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
                <td className="px-3 py-2 whitespace-nowrap">{cell.period ? tp(cell.period) : '—'}</td>
                <td className="max-w-40 truncate px-3 py-2" title={cell.value}>{cell.value || '—'}</td>
                <td className="min-w-56 px-3 py-2 text-red-900">{cell.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
