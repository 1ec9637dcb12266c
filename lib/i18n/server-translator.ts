// Translators usable anywhere on the server, including outside React rendering (action wrapper,
// route handlers, file downloads), for turning errors, events and exports into words.
import { createTranslator, type TranslationValues } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { getRequestLocale } from '@/lib/i18n/request';
import { ASSESSMENT_TIME_ZONE } from '@/lib/local-time';

export async function getServerTranslator() {
  const locale = await getRequestLocale();
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

export type ServerTranslator = Awaited<ReturnType<typeof getServerTranslator>>;

/**
 * The whole catalog by key text, for keys built at run time (`findings.status.${status}`, an audit
 * action's name, a message key carried by an error): the compiler cannot check those, so a caller
 * that is not sure of a key asks has() first. Literal keys are better served by the typed translators.
 */
export type CatalogTranslator = { (key: string, values?: TranslationValues): string; has(key: string): boolean };

export function createCatalogTranslator(locale: Locale): CatalogTranslator {
  const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: ASSESSMENT_TIME_ZONE });
  type Key = Parameters<typeof t.has>[0];
  return Object.assign((key: string, values?: TranslationValues) => t(key as Key, values), { has: (key: string) => t.has(key as Key) });
}

/** The catalog translator in the request's language. */
export async function getCatalogTranslator(): Promise<CatalogTranslator> {
  return createCatalogTranslator(await getRequestLocale());
}
