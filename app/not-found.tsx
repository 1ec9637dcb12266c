// Outside the signed-in shell (unknown URLs): a page of its own, centred.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10 text-center">
      <p className="text-sm font-medium text-slate-500">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">{t('title')}</h1>
      <p className="mt-2 max-w-md text-slate-600">{t('description')}</p>
      <Link href="/" className={buttonClasses({ className: 'mt-6' })}>
        {t('backHome')}
      </Link>
    </main>
  );
}
