// A campaign's overview: its details (editable by the assessment office until it is
// closed), its lifecycle, and how far its groups and assessments have got.
import { cache, type ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageCampaigns } from '@/modules/campaigns/access';
import { getCampaign, getCampaignResultsConfig, loadStartReadinessFacts } from '@/modules/campaigns/queries';
import { resultsConfigToForm } from '@/modules/campaigns/results-config-schema';
import { findStartGaps, isCampaignReadOnly } from '@/modules/campaigns/rules';
import { Card } from '@/components/ui/card';
import { DateTime } from '@/components/date-time';
import { StatusBreakdown } from '@/components/home/status-breakdown';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { CampaignHeader } from '@/components/campaigns/campaign-header';
import { CampaignLifecycle } from '@/components/campaigns/campaign-lifecycle';
import { ResultsConfigForm } from '@/components/campaigns/results-config-form';
import { ResultsConfigSummary } from '@/components/campaigns/results-config-summary';
import { ReminderScheduleForm } from '@/components/notifications/reminder-schedule-form';
import { getCampaignReminderSchedule } from '@/modules/notifications/queries';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadCampaign = cache(async (id: string) => {
  const actor = await requirePageActor('campaign.read');
  return { actor, campaign: await getCampaign(getDb(), actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { campaign } = await loadCampaign((await params).id);
  return campaign ? { title: campaign.name } : {};
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export default withClientMessages(['campaigns.form', 'campaigns.lifecycle', 'campaigns.resultsConfig', 'drafts', 'errors', 'notifications.schedule'], CampaignPage);

async function CampaignPage({ params }: Props) {
  const { actor, campaign } = await loadCampaign((await params).id);
  if (!campaign) notFound();
  const t = await getTranslations('campaigns.overview');
  const manage = canManageCampaigns(actor);
  const editable = manage && !isCampaignReadOnly(campaign.status);
  const gaps = manage && campaign.status === 'DRAFT' ? findStartGaps(await loadStartReadinessFacts(getDb(), campaign.id)) : null;
  const results = manage ? await getCampaignResultsConfig(getDb(), actor, campaign.id) : null;
  const tr = await getTranslations('campaigns.resultsConfig');
  const reminders = await getCampaignReminderSchedule(getDb(), actor, campaign.id);
  const ts = await getTranslations('notifications.schedule');

  return (
    <>
      <CampaignHeader campaign={campaign} current="overview" />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 font-semibold text-slate-900">{t('details')}</h2>
          {editable ? (
            <CampaignForm
              mode="edit"
              id={campaign.id}
              version={campaign.version}
              initial={{
                name: campaign.name,
                year: campaign.year,
                periodStart: isoDate(campaign.periodStart),
                periodEnd: isoDate(campaign.periodEnd),
                description: campaign.description ?? '',
              }}
            />
          ) : (
            <dl className="space-y-3 text-sm">
              <Detail label={t('name')}>{campaign.name}</Detail>
              <Detail label={t('year')}>{campaign.year}</Detail>
              <Detail label={t('period')}>
                <DateTime value={campaign.periodStart} withTime={false} /> – <DateTime value={campaign.periodEnd} withTime={false} />
              </Detail>
              <Detail label={t('description')}>
                <span className="whitespace-pre-line">{campaign.description ?? t('noDescription')}</span>
              </Detail>
            </dl>
          )}
        </Card>
        {results ? (
          <Card className="lg:col-span-2 lg:row-start-2">
            <h2 className="mb-1 font-semibold text-slate-900">{tr('title')}</h2>
            <p className="mb-3 text-sm text-slate-600">{tr('description')}</p>
            {editable ? (
              <ResultsConfigForm campaignId={campaign.id} version={campaign.version} values={resultsConfigToForm(results.config)} stored={results.stored} />
            ) : (
              <ResultsConfigSummary values={resultsConfigToForm(results.config)} />
            )}
          </Card>
        ) : null}
        {reminders ? (
          <Card className="lg:col-span-2 lg:row-start-3">
            <h2 className="mb-1 font-semibold text-slate-900">{ts('title')}</h2>
            <p className="mb-3 text-sm text-slate-600">{ts('description')}</p>
            {editable ? (
              <ReminderScheduleForm campaignId={campaign.id} version={campaign.version} values={reminders.values} />
            ) : (
              <p className="text-sm text-slate-800">
                {ts('summary', { days: reminders.values.remindDaysBefore, region: reminders.values.escalateRegionAfterDays, office: reminders.values.escalateOfficeAfterDays })}
              </p>
            )}
          </Card>
        ) : null}
        <div className="space-y-6 lg:col-start-3 lg:row-span-2 lg:row-start-1">
          {manage ? (
            <Card>
              <h2 className="mb-3 font-semibold text-slate-900">{t('lifecycle')}</h2>
              <CampaignLifecycle id={campaign.id} version={campaign.version} status={campaign.status} gaps={gaps} />
            </Card>
          ) : null}
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('summary')}</h2>
            <dl className="grid grid-cols-3 gap-2 text-center">
              <Count label={t('indicators')} value={campaign.indicators} />
              <Count label={t('groups')} value={campaign.groups} />
              <Count label={t('assessments')} value={campaign.assessments} />
            </dl>
            <StatusBreakdown byStatus={campaign.byStatus} total={campaign.assessments} />
          </Card>
        </div>
      </div>
    </>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md bg-slate-50 p-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}
