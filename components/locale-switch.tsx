'use client';

// Switches the interface language by setting the cookie that lib/i18n/request.ts reads,
// then re-rendering the server components; no server action is involved.
import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_COOKIE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { cn } from '@/components/ui/cn';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

// Each language is named in itself, so a user who cannot read the current one still finds theirs.
const NATIVE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

function writeLocaleCookie(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

export function LocaleSwitch({ className }: { className?: string }) {
  const t = useTranslations('locale');
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    if (locale === current) return;
    writeLocaleCookie(locale);
    startTransition(() => router.refresh());
  }

  return (
    <div role="group" aria-label={t('label')} aria-busy={pending} className={cn('inline-flex rounded-md border border-slate-300 bg-white p-0.5', className)}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          // Not `disabled` while switching: that would take focus from the button just pressed.
          aria-disabled={pending || undefined}
          onClick={() => !pending && choose(locale)}
          className={cn(
            'rounded px-2 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600',
            locale === current ? 'bg-slate-800 text-white' : 'text-slate-700 hover:bg-slate-100',
          )}
        >
          {NATIVE_NAMES[locale]}
        </button>
      ))}
    </div>
  );
}
