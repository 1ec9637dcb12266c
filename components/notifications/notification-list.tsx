'use client';

// The notification centre's list (one page): each notification says what happened and links to its
// record; unread ones are marked in words (not only by colour) and can be marked read, one or all
// (all: on every page; `unread` is the bell's count). The marking button goes away once it has done
// its work, so focus moves on to what is still there: the item's link, or the list.
import Link from 'next/link';
import { useRef } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/app-error';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/modules/notifications/actions';
import type { NotificationItem } from '@/modules/notifications/queries';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { DateTime } from '@/components/date-time';
import { describeNotification, notificationHref, type NotificationTranslate } from '@/modules/notifications/describe';

/** `seenAt`: when the page was rendered; "mark all read" leaves what came after it unread. */
export function NotificationList({ items, unread, seenAt }: { items: NotificationItem[]; unread: number; seenAt: string }) {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const format = useFormatter();
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const date = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: 'long' });

  const list = useRef<HTMLUListElement>(null);

  async function run<R>(call: () => Promise<ActionResult<R>>, focusAfter: () => HTMLElement | null | undefined) {
    if (!(await submit(call))) return;
    focusAfter()?.focus();
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <FormAlert message={failure?.message} />
      {unread > 0 ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(() => markAllNotificationsReadAction({ seenAt }), () => list.current)}>
          {t('markAllRead')}
        </Button>
      ) : null}
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t('pageEmpty')}</p>
      ) : (
        <ul ref={list} tabIndex={-1} aria-label={t('list')} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-600">
          {items.map((n) => {
            const isUnread = n.readAt === null;
            return (
              <li key={n.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <p className="text-sm">
                    <span className={isUnread ? 'mr-2 rounded bg-blue-50 px-1.5 py-0.5 text-xs font-semibold text-blue-800' : 'mr-2 text-xs text-slate-500'}>
                      {isUnread ? t('unread') : t('read')}
                    </span>
                    <span className={isUnread ? 'font-medium break-words text-slate-900' : 'break-words text-slate-700'}>
                      {describeNotification(t as unknown as NotificationTranslate, n, locale, date)}
                    </span>
                  </p>
                  <p className="text-xs text-slate-600">
                    <DateTime value={n.createdAt} />
                  </p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <Link id={`open-${n.id}`} href={notificationHref(n)} className="inline-flex h-8 items-center rounded-md px-3 text-sm text-blue-800 underline hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600">
                    {t('open')}
                  </Link>
                  {isUnread ? (
                    <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => markNotificationReadAction({ id: n.id }), () => document.getElementById(`open-${n.id}`))}>
                      {t('markRead')}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
