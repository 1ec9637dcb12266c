// Creating a campaign. It starts as a draft; the form suggests last calendar year as its year and period.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { toLocalDateInput } from '@/lib/local-time';
import { requirePageActor } from '@/modules/auth/actor';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns.new');
  return { title: t('title') };
}

export default withClientMessages(['campaigns.form', 'drafts', 'errors'], NewCampaignPage);

async function NewCampaignPage() {
  await requirePageActor('campaign.manage');
  const t = await getTranslations('campaigns');
  // Campaigns assess a finished year, so the default is last year (as the calendar in Guangdong has it).
  const year = Number(toLocalDateInput(new Date()).slice(0, 4)) - 1;

  return (
    <>
      <Link href="/campaigns" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('overview.backToList')}
      </Link>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      <Card className="max-w-3xl">
        <CampaignForm
          mode="create"
          initial={{ name: '', year, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, description: '' }}
        />
      </Card>
    </>
  );
}
