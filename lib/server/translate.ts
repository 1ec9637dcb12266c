// Translation of a message key that may be missing from the catalogs (keys kept in rows, such as an
// import job's refusal): null instead of next-intl's error for an unknown key.
import { getServerTranslator } from '@/lib/i18n/server-translator';

export async function getLenientTranslator(): Promise<(key: string, params?: Record<string, string | number>) => string | null> {
  const t = (await getServerTranslator()) as unknown as { has: (k: string) => boolean } & ((k: string, p?: object) => string);
  return (key, params = {}) => (t.has(key) ? t(key, params) : null);
}
