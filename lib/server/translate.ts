// Translation of a message key that may be missing from the catalogs (keys kept in rows, such as an
// import job's refusal): null instead of next-intl's error for an unknown key.
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { translate } from '@/lib/server/parse-input';

export async function getLenientTranslator(): Promise<(key: string, params?: Record<string, string | number>) => string | null> {
  const t = await getCatalogTranslator();
  return (key, params = {}) => translate(t, key, params);
}
