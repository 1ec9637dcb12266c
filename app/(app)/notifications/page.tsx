// The notification centre: one's own notifications, newest first, about records one may open; keyset
// paging with the cursor in the URL, like the other lists. "Mark all read" covers every page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { now } from '@/lib/server/clock';
import { requirePageActor } from '@/modules/auth/actor';
import { countUnreadNotifications, findNotifications } from '@/modules/notifications/queries';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { NotificationList } from '@/components/notifications/notification-list';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

export default withClientMessages(['errors', 'notifications'], NotificationsPage);

async function NotificationsPage({ searchParams }: Props) {
  const actor = await requirePageActor('account.self');
  const t = await getTranslations('notifications');
  const { cursor } = await searchParams;
  const current = typeof cursor === 'string' ? cursor : null;
  const [page, unread] = await Promise.all([findNotifications(getDb(), actor, current), countUnreadNotifications(getDb(), actor)]);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t('title')} description={t('description')} />
      {page.items.length === 0 && !current ? (
        <EmptyState title={t('empty')} description={t('emptyDescription')} />
      ) : (
        <NotificationList items={page.items} unread={unread} seenAt={now().toISOString()} />
      )}
      {current || page.nextCursor ? (
        <nav className="mt-4 flex flex-wrap gap-2" aria-label={t('pages')}>
          {current ? (
            <Link href="/notifications" className={buttonClasses({ variant: 'ghost' })}>
              {t('firstPage')}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link href={`/notifications?cursor=${encodeURIComponent(page.nextCursor)}`} className={buttonClasses({ variant: 'secondary' })}>
              {t('nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
