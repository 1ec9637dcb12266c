// The assessment report (考核报告) on A4 paper, with the Word download beside the print button.
// Who may see it is the results' own rule (getAssessmentResults): out of scope, or an official
// before the leader submits → 404. Same model as the .docx, so the figures are the same.
import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locales';
import { formatLocalDateTime } from '@/lib/local-time';
import { requirePageActor } from '@/modules/auth/actor';
import { readAssessmentResults } from '@/modules/results/page-reads';
import { buildReportModel } from '@/modules/results/report-model';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonClasses } from '@/components/ui/button';
import { ReportDocument } from '@/components/results/report-document';
import { ReportPrintButton } from '@/components/results/report-print-button';
import { ReportPrintStyles } from '@/components/results/report-print-styles';
import { DownloadLink } from '@/components/ui/download-link';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const actor = await requirePageActor('assessment.read');
  return readAssessmentResults(actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('resultsReport');
  const view = await load((await params).id);
  return view ? { title: `${t('printTitle')} · ${view.assessment.targetRegionName}` } : {};
}

export default withClientMessages(['download'], PrintAssessmentReportPage);

async function PrintAssessmentReportPage({ params }: Props) {
  const { id } = await params;
  const view = await load(id);
  if (!view) notFound();
  const t = await getTranslations('resultsReport');
  const locale = toLocale(await getLocale());
  const { result } = view;

  return (
    <>
      <ReportPrintStyles />
      <div data-print-hidden className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href={`/assessments/${view.assessment.id}/results`} className="text-sm text-blue-700 hover:underline">
          ← {t('back')}
        </Link>
        {result ? (
          <div className="flex flex-wrap gap-2">
            <DownloadLink href={`/api/assessments/${view.assessment.id}/report`} className={buttonClasses({ variant: 'secondary' })}>
              {t('download')}
            </DownloadLink>
            <ReportPrintButton label={t('print')} />
          </div>
        ) : null}
      </div>
      {result ? (
        <ReportDocument
          model={buildReportModel({ ...view, result }, locale)}
          printedAt={t('printedAt', { time: formatLocalDateTime(new Date(), locale, { dateStyle: 'long', timeStyle: 'short' }) })}
        />
      ) : (
        <EmptyState title={t('notComputed')} />
      )}
    </>
  );
}
