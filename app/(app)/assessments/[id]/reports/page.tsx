// The reports of an assessment side by side: the assessed region's work report beside the
// paired-assistance reports of its helpers. Officials open their own report from here; the
// group leader prepares reports and sets their deadlines.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getAssessmentReports } from '@/modules/reports/assessment-queries';
import { getPairedCrossCheck } from '@/modules/reports/cross-check-queries';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { DeadlineForm } from '@/components/reports/deadline-form';
import { OpenReportButton } from '@/components/reports/open-report-button';
import { PairedCrossCheckTable } from '@/components/reports/paired-cross-check-table';
import { ReportSideCard } from '@/components/reports/report-side-card';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('sideBySide.pageTitle') };
}

export default withClientMessages(['drafts', 'errors', 'reports.deadlineForm'], AssessmentReportsPage);

async function AssessmentReportsPage({ params }: Props) {
  const actor = await requirePageActor('report.read');
  const { id } = await params;
  const data = await getAssessmentReports(getDb(), actor, id);
  if (!data) notFound();
  // The group and admins only; null for everyone else (officials see each side's report).
  const crossCheck = await getPairedCrossCheck(getDb(), actor, id);
  const t = await getTranslations();
  const { assessment, reports, missing, indicators } = data;

  return (
    <>
      <Link href={`/assessments/${assessment.id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('reports.sideBySide.back')}
      </Link>
      <PageHeader
        eyebrow={`${assessment.campaign.name} · ${t('reports.byGroup', { number: assessment.group.number })}`}
        title={t('reports.sideBySide.title', { region: assessment.targetRegion.name })}
        description={t('reports.sideBySide.description')}
      />
      {missing.length > 0 ? (
        <div className="mb-6 grid gap-4 lg:grid-cols-2">
          {missing.map((m) => (
            <Card key={`${m.kind}:${m.region.id}`} className="space-y-3">
              <h2 className="font-semibold text-slate-900">{t(`reportKind.${m.kind}`)} · {m.region.name}</h2>
              <p className="text-sm text-slate-600">{t('reports.sideBySide.notOpened')}</p>
              {m.canOpen ? <OpenReportButton assessmentId={assessment.id} kind={m.kind} label={t(`reports.sideBySide.openOwn.${m.kind}`)} /> : null}
              {data.canDecide ? (
                <DeadlineForm target={{ assessmentId: assessment.id, kind: m.kind, reportingRegionId: m.region.id }} deadline={null} />
              ) : null}
            </Card>
          ))}
        </div>
      ) : null}
      {reports.length === 0 ? (
        <EmptyState title={t('reports.sideBySide.empty')} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          {reports.map((report) => (
            <ReportSideCard key={report.id} report={report} indicators={indicators}>
              {data.canDecide && report.status !== 'ACCEPTED' ? (
                <DeadlineForm target={{ reportId: report.id, version: report.version }} deadline={report.deadline} />
              ) : null}
            </ReportSideCard>
          ))}
        </div>
      )}
      {crossCheck ? (
        <Card className="mt-6 space-y-2">
          <h2 className="font-semibold text-slate-900">{t('reports.crossCheck.title')}</h2>
          <p className="text-sm text-slate-600">{t('reports.crossCheck.description')}</p>
          <PairedCrossCheckTable rows={crossCheck.rows} flagged={crossCheck.flagged} />
        </Card>
      ) : null}
    </>
  );
}
