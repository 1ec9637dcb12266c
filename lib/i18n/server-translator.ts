// A translator usable anywhere on the server, including outside React rendering
// (action wrapper, route handlers), for turning errors into messages.
import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/messages';
import { getRequestLocale } from '@/lib/i18n/request';

export async function getServerTranslator() {
  const locale = await getRequestLocale();
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

export type ServerTranslator = Awaited<ReturnType<typeof getServerTranslator>>;
