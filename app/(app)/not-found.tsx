// Inside the shell: also what an out-of-scope record shows, so it never says "forbidden".
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';

export default async function AppNotFound() {
  const t = await getTranslations('notFound');
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
      <p className="mx-auto mt-2 max-w-md text-slate-600">{t('description')}</p>
      <Link href="/" className={buttonClasses({ className: 'mt-6' })}>
        {t('backHome')}
      </Link>
    </div>
  );
}
