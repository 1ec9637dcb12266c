// Said above a list opened from a dashboard figure: the rows are filtered, and how to see them all.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function ListFilterNote({ clearHref }: { clearHref: string }) {
  const t = await getTranslations('dashboard.listFilter');
  return (
    <p role="note" className="mb-4 flex flex-wrap gap-x-3 rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900">
      {t('filtered')}
      <Link href={clearHref} className="font-medium underline">{t('showAll')}</Link>
    </p>
  );
}
