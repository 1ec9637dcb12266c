// A campaign's validation rules: how reported figures are checked against each other. The
// assessment office edits them while the campaign is open and can try them on a report.
import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canManageCampaigns } from '@/modules/campaigns/access';
import { getCampaign } from '@/modules/campaigns/queries';
import { isCampaignReadOnly } from '@/modules/campaigns/rules';
import { findPreviewReports, findRules, getPreviewFigures } from '@/modules/validation-rules/queries';
import { CampaignHeader } from '@/components/campaigns/campaign-header';
import { ExpressionHelp } from '@/components/validation-rules/expression-help';
import { RuleEditor } from '@/components/validation-rules/rule-editor';
import { RulePreview } from '@/components/validation-rules/rule-preview';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ report?: string | string[] }> };

const loadCampaign = cache(async (id: string) => {
  const actor = await requirePageActor('campaign.read');
  return { actor, campaign: await getCampaign(getDb(), actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { campaign } = await loadCampaign((await params).id);
  const t = await getTranslations('rules');
  return campaign ? { title: `${t('title')} · ${campaign.name}` } : {};
}

export default withClientMessages(['drafts', 'errors', 'rules'], RulesPage);

async function RulesPage({ params, searchParams }: Props) {
  const { actor, campaign } = await loadCampaign((await params).id);
  if (!campaign) notFound();
  const t = await getTranslations('rules');
  const db = getDb();
  const canPreview = canManageCampaigns(actor);
  const editable = canPreview && !isCampaignReadOnly(campaign.status);
  const { report } = await searchParams;
  const [{ rules, indicators }, reports, selected] = await Promise.all([
    findRules(db, actor, campaign.id),
    canPreview ? findPreviewReports(db, actor, campaign.id) : [],
    canPreview && typeof report === 'string' ? getPreviewFigures(db, actor, campaign.id, report) : null,
  ]);

  return (
    <>
      <CampaignHeader campaign={campaign} current="rules" />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('description')}</p>
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-label={t('list.label')} className="min-w-0 lg:col-span-2">
          <RuleEditor campaignId={campaign.id} rules={rules} editable={editable} />
        </section>
        <aside className="min-w-0 space-y-6">
          <ExpressionHelp indicators={indicators} />
        </aside>
      </div>
      {canPreview ? (
        <div className="mt-6">
          <RulePreview campaignId={campaign.id} rules={rules} reports={reports} selected={selected} />
        </div>
      ) : null}
    </>
  );
}
