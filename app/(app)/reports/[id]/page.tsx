// A work report: the form for its officials while it is a draft or returned; otherwise the
// submitted revision (or ?revision=N), with attachments, review comments and — for the group
// leader — the decision and the deadline. Out-of-scope reports are a 404 like missing ones.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { findRecordHistory } from '@/modules/history/queries';
import { HistoryCard } from '@/components/history/record-history';
import { getDb } from '@/lib/server/db';
import { createCatalogTranslator } from '@/lib/i18n/server-translator';
import { getLenientTranslator } from '@/lib/server/translate';
import { requirePageActor } from '@/modules/auth/actor';
import { findReportAttachments } from '@/modules/attachments/queries';
import { findLatestImportJob } from '@/modules/imports/queries';
import { toImportJobView } from '@/modules/imports/view';
import { findReportComments } from '@/modules/comments/queries';
import { findReportPresentations, getReportPage } from '@/modules/reports/queries';
import { findReportCountySlots, findScopeOptions } from '@/modules/reports/scope-queries';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { anchorOptions, countByAnchor } from '@/components/reports/anchor-options';
import { AttachmentsPanel } from '@/components/reports/attachments-panel';
import { CommentsPanel } from '@/components/reports/comments-panel';
import { DecisionPanel } from '@/components/reports/decision-panel';
import { DeadlineForm } from '@/components/reports/deadline-form';
import { ExcelPanel } from '@/components/reports/excel-panel';
import { ReportContentView } from '@/components/reports/report-content-view';
import { ReportEditor } from '@/components/reports/report-editor';
import { ReportFacts } from '@/components/reports/report-facts';
import { ReportStatusBadge } from '@/components/reports/report-status-badge';
import { toDraftForm } from '@/components/reports/to-draft-form';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('pageTitle') };
}

function parseRevision(raw: string | undefined): number | undefined | null {
  if (raw === undefined) return undefined;
  return /^\d{1,4}$/.test(raw) ? Number(raw) : null;
}

export default withClientMessages(['download', 'drafts', 'errors', 'excel.panel', 'imports.job', 'regionLevel', 'reports', 'rules'], ReportPage);

async function ReportPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('report.read');
  const [{ id }, { revision: rawRevision }] = await Promise.all([params, searchParams]);
  const requested = parseRevision(rawRevision);
  if (requested === null) notFound();
  const db = getDb();
  const page = await getReportPage(db, actor, id, requested);
  if (!page) notFound();
  const history = (await findRecordHistory(db, actor, 'report', id)) ?? [];
  const { report, can, content, indicators } = page;
  const editing = can.edit && page.revision === 0 && content !== null;
  const excelJob = editing ? await findLatestImportJob(db, actor, 'REPORT_EXCEL', report.id) : null;
  const latestExcelJob = excelJob ? toImportJobView(excelJob, await getLenientTranslator()) : null;
  // One query after another: the embedded database of `npm start` and the tests (pglite-socket)
  // can mix up concurrent queries from different connections.
  const comments = await findReportComments(db, actor, id);
  const attachments = await findReportAttachments(db, actor, id);
  const presentations = await findReportPresentations(db, actor, id);
  const scopeOptions = editing && report.kind === 'PAIRED_ASSISTANCE' ? await findScopeOptions(db, actor, id) : [];
  const countySlots = editing ? await findReportCountySlots(db, actor, id) : [];
  const t = await getTranslations();
  const locale = await getLocale();
  const anchors = anchorOptions(report.kind, indicators, createCatalogTranslator(locale), locale);
  const { assessment } = report;

  return (
    <>
      <Link href={`/assessments/${assessment.id}/reports`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('reports.backToAssessment', { region: assessment.targetRegion.name })}
      </Link>
      <PageHeader
        eyebrow={`${assessment.campaign.name} · ${t('reports.byGroup', { number: assessment.group.number })}`}
        title={report.title}
        description={`${t(`reportKind.${report.kind}`)} · ${report.reportingRegion.name}`}
        actions={<ReportStatusBadge status={report.status} />}
      />
      <div className="space-y-6">
        <Card>
          <ReportFacts
            reportId={report.id}
            deadline={report.deadline}
            overdue={report.overdue}
            revisions={report.revisions}
            shown={page.revision}
            canSeeWorkingCopy={can.edit}
            presentations={presentations}
          />
        </Card>
        {page.revision > 0 && can.edit ? <p className="text-sm text-slate-600">{t('reports.viewingRevision', { revision: page.revision })}</p> : null}
        {editing && content ? (
          <ReportEditor
            reportId={report.id}
            kind={report.kind}
            version={report.version}
            revision={report.revision}
            indicators={indicators}
            initial={toDraftForm(content, indicators)}
            initialWarnings={content.warnings}
            scopeOptions={scopeOptions}
            countySlots={countySlots}
          />
        ) : content ? (
          <ReportContentView kind={report.kind} indicators={indicators} content={content} scope={content.scope} commentCounts={countByAnchor(comments)} />
        ) : (
          <EmptyState title={t('reports.notSubmittedYet')} description={t('reports.notSubmittedYetDescription')} />
        )}
        <ExcelPanel reportId={report.id} canFill={editing} latestJob={latestExcelJob} revision={page.revision > 0 ? page.revision : report.revision > 0 ? report.revision : null} />
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('reports.attachments.title')}</h2>
          <AttachmentsPanel
            reportId={report.id}
            canUpload={can.edit}
            items={attachments.map((a) => ({
              id: a.id,
              fileName: a.fileName,
              sizeBytes: a.sizeBytes,
              createdAt: a.createdAt,
              uploadedBy: a.uploadedBy.displayName,
              removable: !report.submittedAt || a.createdAt > report.submittedAt,
            }))}
          />
        </Card>
        <Card id="comments">
          <h2 className="mb-3 font-semibold text-slate-900">{t('reports.comments.title')}</h2>
          <CommentsPanel reportId={report.id} comments={comments} anchors={anchors} canReview={can.review} canReply={can.reply} />
        </Card>
        {can.decide ? (
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('reports.decision.title')}</h2>
            <DecisionPanel reportId={report.id} version={report.version} />
          </Card>
        ) : null}
        {can.setDeadline ? (
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('reports.deadlineForm.title')}</h2>
            <DeadlineForm target={{ reportId: report.id, version: report.version }} deadline={report.deadline} />
          </Card>
        ) : null}
        <HistoryCard entries={history} kind="report" />
      </div>
    </>
  );
}
