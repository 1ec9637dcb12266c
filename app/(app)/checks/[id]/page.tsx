// The summary of one household check: answers (misses highlighted), photos, duration and flags,
// position and time, the proof of the visit, and for the group a way to log a finding from it. A village check shows the
// village and its verdict (meets the exit conditions or not, with the items that fail).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { findRecordHistory } from '@/modules/history/queries';
import { HistoryCard } from '@/components/history/record-history';
import { cache } from 'react';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getCheck } from '@/modules/checks/queries';
import { Detail } from '@/components/assessment/detail';
import { AnswerList } from '@/components/checks/answer-list';
import { CheckFlagBadges } from '@/components/checks/check-flag-badges';
import { formatDuration } from '@/components/checks/duration';
import { PhotoGrid } from '@/components/checks/photo-grid';
import { ProofOfVisit } from '@/components/field-proof/proof-of-visit';
import { VillageVerdictBadge, VillageVerdictDetails } from '@/components/checks/village-verdict';
import { Outbox } from '@/components/offline/outbox';
import { HouseholdOutcomeBlock } from '@/components/results/household-outcome';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadCheck = cache(async (id: string) => {
  const actor = await requirePageActor('siteVisit.read');
  return getCheck(getDb(), actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const check = await loadCheck((await params).id);
  if (!check) return {};
  if (check.village) return { title: (await getTranslations('villageChecks.summary'))('metaTitle', { village: check.village.name }) };
  return { title: (await getTranslations('checks.summary'))('metaTitle', { code: check.household?.code ?? '-' }) };
}

export default withClientMessages(['drafts', 'findings', 'offline.outbox'], CheckPage);

async function CheckPage({ params }: Props) {
  const check = await loadCheck((await params).id);
  if (!check) notFound();
  const history = (await findRecordHistory(getDb(), await requirePageActor('siteVisit.read'), 'check', check.id)) ?? [];
  const t = await getTranslations('checks');
  const tResults = await getTranslations('results.outcome');
  const tVillage = await getTranslations('villageChecks.summary');
  const { village } = check;
  const prompts = Object.fromEntries(check.answers.map((a) => [a.item.code, a.item.prompt]));
  const format = await getFormatter();
  const { siteVisit: visit, household, flags } = check;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'medium' }) : '-');
  const coordinate = (n: number) => format.number(n, { maximumFractionDigits: 5, minimumFractionDigits: 5 });

  return (
    <div className="mx-auto max-w-3xl">
      <Link href={`/site-visits/${visit.id}/checks`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('summary.backToChecks')}
      </Link>
      <PageHeader
        eyebrow={t('summary.eyebrow', { county: visit.region.name, template: check.template.name })}
        title={village ? tVillage('title', { village: village.name }) : t('summary.title', { code: household?.code ?? '-', village: household?.region.name ?? '-' })}
        description={village?.town ?? (household?.region.parent ? t('summary.town', { town: household.region.parent.name }) : undefined)}
        actions={<CheckFlagBadges flags={flags} />}
      />
      <div className="space-y-6">
        {check.canLogFinding ? <Outbox /> : null}
        {check.canLogFinding ? (
          <Link href={`/assessments/${visit.assessment.id}/findings/new?checkId=${check.id}`} className={buttonClasses({ className: 'w-full sm:w-auto' })}>
            {t('summary.logFinding')}
          </Link>
        ) : null}
        {village ? (
          <Card>
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h2 className="font-semibold text-slate-900">{tVillage('verdict')}</h2>
              <VillageVerdictBadge verdict={village.verdict} />
            </div>
            <VillageVerdictDetails verdict={village.verdict} prompts={prompts} />
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('summary.overview')}</h2>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <Detail label={t('summary.assessor')}>{check.assessor.displayName}</Detail>
            <Detail label={t('summary.time')}>{t('summary.timeRange', { start: when(check.startedAt), end: when(check.finishedAt) })}</Detail>
            <Detail label={t('summary.duration')}>
              {check.durationSeconds === null ? '-' : formatDuration(t, check.durationSeconds)}
              <span className={flags.tooShort ? 'block text-red-700' : 'block text-slate-500'}>
                {t(flags.tooShort ? 'summary.tooShort' : 'summary.minimum', { minimum: formatDuration(t, flags.minimumSeconds) })}
              </span>
            </Detail>
            <Detail label={t('summary.position')}>
              {check.latitude !== null && check.longitude !== null
                ? t('summary.positionValue', { latitude: coordinate(check.latitude), longitude: coordinate(check.longitude), accuracy: check.positionAccuracy ?? '-' })
                : t('summary.noPosition')}
            </Detail>
            <Detail label={t('summary.received')}>{when(check.createdAt)}</Detail>
          </dl>
        </Card>
        {household ? (
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{tResults('title')}</h2>
            <HouseholdOutcomeBlock outcome={check.outcome} itemLabels={Object.fromEntries(check.answers.map((a) => [a.item.code, a.item.prompt.split('：')[0]!]))} />
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('summary.answers')}</h2>
          <AnswerList answers={check.answers} missedItemIds={flags.missedItemIds} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('proof.title')}</h2>
          <ProofOfVisit
            position={check.latitude !== null && check.longitude !== null ? { latitude: check.latitude, longitude: check.longitude, accuracy: check.positionAccuracy } : null}
            deviceTimes={[{ label: t('proof.started'), at: check.startedAt }, { label: t('proof.finished'), at: check.finishedAt }]}
            deviceSentAt={check.deviceSentAt}
            receivedAt={check.receivedAt}
            duration={check.durationSeconds === null ? null : formatDuration(t, check.durationSeconds)}
            photos={check.attachments}
            flags={flags}
            villagePositioned={check.villagePositioned}
          />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('summary.photos')}</h2>
          <PhotoGrid checkId={check.id} photos={check.attachments} />
        </Card>
        <HistoryCard entries={history} kind="check" />
      </div>
    </div>
  );
}
