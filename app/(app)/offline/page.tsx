// Shown when the network is gone and the page asked for was not prepared: the site visits this device
// holds for the signed-in user, to open instead, and the user's outbox (where sign-out points while some
// records are unsent). Online it is an ordinary page listing the same.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/modules/auth/actor';
import { PreparedVisitList } from '@/components/offline/prepared-visit-list';
import { Outbox } from '@/components/offline/outbox';
import { PageHeader } from '@/components/ui/page-header';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('offline.page'))('title') };
}

export default withClientMessages(['drafts', 'findings', 'offline.outbox', 'offline.page'], OfflinePage);

async function OfflinePage() {
  await requirePageActor('account.self');
  const t = await getTranslations('offline.page');
  return (
    <div className="max-w-4xl">
      <PageHeader title={t('title')} description={t('description')} />
      <Outbox anchor className="mb-6" />
      <PreparedVisitList />
    </div>
  );
}
