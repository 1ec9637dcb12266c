// A campaign's assessment groups (admin): leader, members with their home regions, target regions
// with the assessment status, and the forms to change them while the campaign is open.
import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { isCampaignReadOnly } from '@/modules/campaigns/rules';
import { findPeopleOptions, findRegionOptions, getCampaignGroups } from '@/modules/groups/queries';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { CampaignHeader } from '@/components/campaigns/campaign-header';
import { GroupCard } from '@/components/groups/group-card';
import { GroupCreateForm } from '@/components/groups/group-create-form';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadGroups = cache(async (id: string) => {
  const actor = await requirePageActor('group.manage');
  return { actor, campaign: await getCampaignGroups(getDb(), actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { campaign } = await loadGroups((await params).id);
  const t = await getTranslations('groups');
  return campaign ? { title: `${t('title')} · ${campaign.name}` } : {};
}

export default withClientMessages(['drafts', 'errors', 'groups.form', 'groups.newMember', 'groups.pick', 'groups.remove', 'groups.targets', 'users.new', 'users.oneTime'], GroupsPage);

async function GroupsPage({ params }: Props) {
  const { actor, campaign } = await loadGroups((await params).id);
  if (!campaign) notFound();
  const t = await getTranslations('groups');
  const editable = !isCampaignReadOnly(campaign.status);
  const [people, regions] = editable ? await Promise.all([findPeopleOptions(getDb(), actor), findRegionOptions(getDb(), actor)]) : [[], []];
  const targetRegions = regions.filter((r) => r.level === 'CITY' || r.level === 'COUNTY');
  const nextNumber = Math.max(0, ...campaign.groups.map((g) => g.number)) + 1;

  return (
    <>
      <CampaignHeader campaign={campaign} current="groups" />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('description')}</p>
      {editable ? (
        <Card role="region" aria-labelledby="create-group-title" className="mb-6">
          <h2 id="create-group-title" className="mb-3 font-semibold text-slate-900">
            {t('form.createTitle')}
          </h2>
          <GroupCreateForm key={nextNumber} campaignId={campaign.id} nextNumber={nextNumber} />
        </Card>
      ) : null}
      {campaign.groups.length === 0 ? (
        <EmptyState title={t('empty')} description={editable ? t('emptyDescription') : undefined} />
      ) : (
        <div className="space-y-6">
          {campaign.groups.map((group) => (
            <GroupCard key={group.id} group={group} people={people} homeRegions={regions} targetRegions={targetRegions} editable={editable} />
          ))}
        </div>
      )}
    </>
  );
}
