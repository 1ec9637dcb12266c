// A report on A4 paper: its header, figures, narrative and, for paired assistance, the details.
// Same scope and revision rules as the report page (getReportPage): another region → 404.
import { cache, type ReactNode } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import type { ReportContent } from '@/modules/reports/content';
import { getReportPage, type ReportIndicator } from '@/modules/reports/queries';
import { CountyFiguresView } from '@/components/reports/county-figures-view';
import { PairedDetailsView } from '@/components/reports/paired-details-view';
import { ReportFigures } from '@/components/reports/report-figures';
import { ReportNarrative } from '@/components/reports/report-narrative';
import { ReportStatusBadge } from '@/components/reports/report-status-badge';
import { ReportWarnings } from '@/components/reports/report-warnings';
import { PrintButton } from './print-button';
import { PrintStyles } from './print-styles';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string | string[] }> };

// Metadata and page need the same read; once per request.
const loadReport = cache(async (id: string, revision: string | string[] | undefined) => {
  const actor = await requirePageActor('report.read');
  const requested = typeof revision === 'string' && /^\d{1,5}$/.test(revision) ? Number(revision) : undefined;
  if (revision !== undefined && requested === undefined) return null;
  return getReportPage(getDb(), actor, id, requested);
});

async function load({ params, searchParams }: Props) {
  return loadReport((await params).id, (await searchParams).revision);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  return page ? { title: page.report.title } : {};
}

export default withClientMessages(['reports', 'rules'], PrintReportPage);

async function PrintReportPage(props: Props) {
  const page = await load(props);
  if (!page) notFound();
  const { report, content, revision, indicators } = page;
  const t = await getTranslations();
  const format = await getFormatter();
  const time = (date: Date) => format.dateTime(date, { dateStyle: 'long', timeStyle: 'short' });

  return (
    <>
      <PrintStyles />
      <div data-print-hidden className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href={`/reports/${report.id}`} className="text-sm text-blue-700 hover:underline">
          ← {t('excel.print.back')}
        </Link>
        <PrintButton label={t('excel.print.print')} />
      </div>
      <article className="print-report mx-auto max-w-4xl space-y-6 bg-white text-slate-900">
        <div className="border-b border-slate-300 pb-4">
          <p className="text-sm text-slate-600">{report.assessment.campaign.name}</p>
          <h1 className="mt-1 text-2xl font-semibold">{report.title}</h1>
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 print:grid-cols-2">
            <Item label={t('excel.export.fields.region')}>{report.reportingRegion.name}</Item>
            <Item label={t('excel.export.fields.kind')}>{t(`reportKind.${report.kind}`)}</Item>
            <Item label={t('excel.export.fields.assessment')}>
              {t('excel.export.assessment', { group: report.assessment.group.number, region: report.assessment.targetRegion.name })}
            </Item>
            <Item label={t('excel.export.fields.revision')}>
              {revision === 0 ? t('excel.print.workingCopy') : t('excel.export.revision', { revision })}
            </Item>
            <Item label={t('excel.export.fields.status')}>
              <ReportStatusBadge status={report.status} />
            </Item>
            {content?.submittedAt ? <Item label={t('excel.export.fields.submittedAt')}>{time(content.submittedAt)}</Item> : null}
            {content?.submittedBy ? <Item label={t('excel.export.fields.submittedBy')}>{content.submittedBy}</Item> : null}
            {report.acceptedAt && revision === report.revision ? (
              <Item label={t('excel.export.fields.acceptedAt')}>{time(report.acceptedAt)}</Item>
            ) : null}
          </dl>
        </div>
        {/* Those who may not see the working copy of a never-submitted report get the header only. */}
        {content ? (
          <PrintedContent kind={report.kind} indicators={indicators} content={content} />
        ) : (
          <p className="text-slate-600">{t('reports.notSubmittedYet')}</p>
        )}
        <p className="border-t border-slate-300 pt-2 text-xs text-slate-500">{t('excel.print.printedAt', { time: time(new Date()) })}</p>
      </article>
    </>
  );
}

async function PrintedContent({ kind, indicators, content }: { kind: WorkReportKind; indicators: ReportIndicator[]; content: ReportContent }) {
  const t = await getTranslations('excel.print');
  return (
    <>
      <Section title={t('figures')}>
        <ReportFigures indicators={indicators} values={content.values} />
      </Section>
      <Section title={t('narrative')}>
        <ReportNarrative kind={kind} narrative={content.narrative} />
      </Section>
      {kind === 'PAIRED_ASSISTANCE' ? (
        <Section title={t('details')}>
          <PairedDetailsView details={content.details} scope={content.scope} />
          <CountyFiguresView rows={content.countyFigures} direction="given" />
        </Section>
      ) : content.countyFigures.length > 0 ? (
        <Section title={t('received')}>
          <CountyFiguresView rows={content.countyFigures} direction="received" />
        </Section>
      ) : null}
      {content.warnings.length > 0 ? (
        <Section title={t('warnings')}>
          <ReportWarnings warnings={content.warnings} />
        </Section>
      ) : null}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-20 shrink-0 text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
