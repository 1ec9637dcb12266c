// The results of an assessment: where they stand (draft, submitted with its appeal deadline, final) and what each
// role may do now; the three rates, reported vs verified, the paired cross-check, the score sheet, village checks,
// findings, the appendix, appeals with their answers and re-openings. "Verify score" (?verify=1) recomputes the
// sheet from the stored inputs. Results the actor may not see (officials before submission, other regions) are 404.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AppError } from '@/lib/app-error';
import { hasPermission, requirePageActor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { isTargetOfficial } from '@/modules/results/access';
import { getAssessmentResults, getResultsActivity } from '@/modules/results/queries';
import { canTakeStep, isAppealOpen } from '@/modules/results/rules';
import { verifyResultScore } from '@/modules/results/verify';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/date-time';
import { ResultsActions } from '@/components/results/results-actions';
import { RatesTable } from '@/components/results/rates-table';
import { PairedTable, ReconciliationTable } from '@/components/results/reconciliation-tables';
import { ScoreTable } from '@/components/results/score-table';
import { Appendix, FindingsSummaryView, VillagesList } from '@/components/results/findings-appendix';
import { ManualScoreForm } from '@/components/results/manual-score-form';
import { AppealsList } from '@/components/results/appeals-list';
import { VerifyPanel } from '@/components/results/verify-panel';
import { DownloadLink } from '@/components/ui/download-link';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ verify?: string }> };

const notFoundOnAppError = <T,>(promise: Promise<T>): Promise<T> =>
  promise.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });

const load = cache(async (id: string) => {
  const actor = await requirePageActor('result.read');
  const view = await notFoundOnAppError(getAssessmentResults(actor, id));
  return { actor, view };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await load((await params).id);
  return { title: `${view.assessment.targetRegionName} · ${view.assessment.campaignName}` };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <h2 className="mb-3 font-semibold text-slate-900">{title}</h2>
      {children}
    </Card>
  );
}

export default withClientMessages(['download', 'errors', 'resultsWorkflow.actions', 'resultsWorkflow.appeals', 'resultsWorkflow.scores.manual'], ResultsPage);

async function ResultsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { actor, view } = await load(id);
  const t = await getTranslations('resultsWorkflow');
  const tReport = await getTranslations('resultsReport');
  const activity = await notFoundOnAppError(getResultsActivity(actor, id));
  const { assessment, result } = view;
  const status = result?.status ?? null;
  const leader = canInGroup(actor, 'result.compute', activity.groupId);
  const admin = hasPermission(actor, 'result.finalise');
  const can = {
    compute: leader && (status === null || canTakeStep('compute', status)),
    submit: leader && status !== null && canTakeStep('submit', status),
    finalise: admin && status !== null && canTakeStep('finalise', status),
    reopen: admin && status !== null && canTakeStep('reopen', status),
  };
  const canAppeal =
    status !== null && canTakeStep('appeal', status) && isTargetOfficial(actor, 'result.appeal', assessment.targetRegionId) && isAppealOpen(result!.appealDeadline, new Date());
  const canAnswer = leader && status !== null && canTakeStep('answer', status);
  const verification = result && (await searchParams).verify === '1' ? await verifyResultScore(actor, id) : null;

  return (
    <>
      <Link href={`/assessments/${id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToAssessment')}
      </Link>
      <PageHeader
        eyebrow={`${assessment.campaignName} · ${assessment.campaignYear}`}
        title={`${assessment.targetRegionName} · ${t('title')}`}
        description={`${t('meta.group')} ${assessment.groupNumber} ${assessment.groupName}${assessment.leaderName ? ` · ${t('meta.leader')} ${assessment.leaderName}` : ''}`}
        actions={<Badge tone={status === 'FINAL' ? 'green' : status === 'SUBMITTED' ? 'blue' : 'neutral'}>{t(`status.${status ?? 'NONE'}`)}</Badge>}
      />
      <div className="space-y-6">
        <Section title={t('actions.heading')}>
          {result ? (
            <dl className="mb-3 grid gap-2 text-sm sm:grid-cols-2">
              <div><dt className="text-slate-500">{t('meta.computedAt')}</dt><dd><DateTime value={result.computedAt} /></dd></div>
              {result.submittedAt ? <div><dt className="text-slate-500">{t('meta.submittedAt')}</dt><dd><DateTime value={result.submittedAt} /></dd></div> : null}
              {result.appealDeadline ? <div><dt className="text-slate-500">{t('meta.appealDeadline')}</dt><dd><DateTime value={result.appealDeadline} /></dd></div> : null}
              {result.finalisedAt ? <div><dt className="text-slate-500">{t('meta.finalisedAt')}</dt><dd><DateTime value={result.finalisedAt} /></dd></div> : null}
            </dl>
          ) : null}
          <ResultsActions assessmentId={id} version={result?.version ?? null} can={can} />
          {result ? (
            <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
              <Link href={`/assessments/${id}/results?verify=1`} className="text-blue-700 hover:underline">
                {t('actions.verify')}
              </Link>
              <Link href={`/assessments/${id}/results/print`} className="text-blue-700 hover:underline">
                {tReport('print')}
              </Link>
              <DownloadLink href={`/api/assessments/${id}/report`} className="text-blue-700 hover:underline">
                {tReport('download')}
              </DownloadLink>
            </div>
          ) : null}
          {verification ? <VerifyPanel verification={verification} /> : null}
        </Section>
        {!result ? (
          <EmptyState title={leader ? t('empty.notComputedLeader') : t('empty.notComputed')} />
        ) : (
          <>
            <Section title={t('scores.heading')}>
              <ScoreTable scores={result.snapshot.scores} />
              {leader && canTakeStep('manualScore', result.status) ? (
                <div className="mt-4 border-t border-slate-200 pt-4">
                  <h3 className="mb-2 font-medium text-slate-900">{t('scores.manual.heading')}</h3>
                  <ManualScoreForm assessmentId={id} version={result.version} indicators={activity.indicators} />
                </div>
              ) : null}
            </Section>
            <Section title={t('rates.heading')}>
              <RatesTable rates={result.snapshot.rates} />
            </Section>
            <Section title={t('reconciliation.heading')}>
              <ReconciliationTable rows={result.snapshot.reconciliation} />
            </Section>
            <Section title={t('paired.heading')}>
              <PairedTable rows={result.snapshot.pairedCrossCheck} />
            </Section>
            <Section title={t('villages.heading')}>
              <VillagesList villages={result.snapshot.villages} />
            </Section>
            <Section title={t('findings.heading')}>
              <FindingsSummaryView findings={result.snapshot.findings} />
            </Section>
            <Section title={t('appeals.heading')}>
              <AppealsList assessmentId={id} activity={activity} canAppeal={canAppeal} canAnswer={canAnswer} appealClosed={status === 'SUBMITTED' && !isAppealOpen(result.appealDeadline, new Date())} />
            </Section>
            <Section title={t('appendix.heading')}>
              <Appendix snapshot={result.snapshot} />
            </Section>
          </>
        )}
      </div>
    </>
  );
}
