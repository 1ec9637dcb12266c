// The shell's search field: a GET form to /search, in the navigation (behind the menu button on a
// phone, inline on wide screens). Labelled for screen readers; Enter or the button searches.
import { useTranslations } from 'next-intl';
import { KEYWORD_MAX } from '@/modules/search/keyword';

export function SearchEntry() {
  const t = useTranslations('search.shell');
  return (
    <form role="search" aria-label={t('label')} method="get" action="/search" className="flex min-w-0 items-center gap-1">
      <label htmlFor="shell-search" className="sr-only">{t('label')}</label>
      <input
        id="shell-search"
        type="search"
        name="q"
        maxLength={KEYWORD_MAX}
        placeholder={t('label')}
        className="h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:border-blue-600 focus-visible:outline-2 focus-visible:outline-blue-600 lg:w-36"
      />
      <button
        type="submit"
        className="inline-flex h-10 shrink-0 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {t('submit')}
      </button>
    </form>
  );
}
