import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** The header's bell: a link to the notification centre whose name says how many are unread. */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations('notifications');
  const shown = unread > 99 ? '99+' : String(unread);
  return (
    <Link
      href="/notifications"
      aria-label={t('bell', { count: unread })}
      className="relative inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
