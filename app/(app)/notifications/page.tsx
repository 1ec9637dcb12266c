// The notification centre: one's own notifications, newest first, about records one may open.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { findNotifications } from '@/modules/notifications/queries';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { NotificationList } from '@/components/notifications/notification-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

export default async function NotificationsPage() {
  const actor = await requirePageActor('account.self');
  const t = await getTranslations('notifications');
  const items = await findNotifications(getDb(), actor);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t('title')} description={t('description')} />
      {items.length === 0 ? <EmptyState title={t('empty')} description={t('emptyDescription')} /> : <NotificationList items={items} />}
    </div>
  );
}
