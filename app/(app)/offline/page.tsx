// Shown when the network is gone and the page asked for was not prepared: the site visits this device
// holds for the signed-in user, to open instead, and the user's checks still waiting on the device (where
// sign-out points while some are unsent). Online it is an ordinary page listing the same.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/modules/auth/actor';
import { PreparedVisitList } from '@/components/offline/prepared-visit-list';
import { CheckQueueStatus } from '@/components/checks/queue-status';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('offline.page'))('title') };
}

export default async function OfflinePage() {
  await requirePageActor('account.self');
  const t = await getTranslations('offline.page');
  const queue = await getTranslations('offline.signOut');
  return (
    <div className="max-w-4xl">
      <PageHeader title={t('title')} description={t('description')} />
      <section id="unsent-checks" aria-labelledby="unsent-checks-title" className="mb-6 scroll-mt-24 space-y-2">
        <h2 id="unsent-checks-title" className="text-base font-semibold text-slate-900">
          {queue('queueTitle')}
        </h2>
        <CheckQueueStatus />
      </section>
      <PreparedVisitList />
    </div>
  );
}
