// The search page's form: a plain GET form, so a search is a URL that can be shared and works
// without JavaScript. The keyword field takes the focus when the page opens from the shell.
import { useTranslations } from 'next-intl';
import { KEYWORD_MAX } from '@/modules/search/keyword';
import { buttonClasses } from '@/components/ui/button';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';

export function SearchForm({ keyword }: { keyword: string }) {
  const t = useTranslations('search');
  return (
    <form role="search" aria-label={t('title')} method="get" action="/search" className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor="search-q" className="block text-sm font-medium text-slate-800">{t('label')}</label>
        <input id="search-q" type="search" name="q" defaultValue={keyword} maxLength={KEYWORD_MAX} placeholder={t('placeholder')} autoFocus={!keyword} className={CONTROL_CLASSES} />
      </div>
      <button type="submit" className={buttonClasses()}>{t('submit')}</button>
    </form>
  );
}
