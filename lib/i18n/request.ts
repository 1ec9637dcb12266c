// next-intl request configuration: locale from the cookie, catalogs bundled.
import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { ASSESSMENT_TIME_ZONE } from '@/lib/local-time';

export async function getRequestLocale() {
  try {
    return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    // Outside a request (scripts, tests): the default language.
    return toLocale(undefined);
  }
}

export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: MESSAGES[locale], timeZone: ASSESSMENT_TIME_ZONE };
});
