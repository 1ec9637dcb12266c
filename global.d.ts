// Types next-intl's translation keys and locales from the catalogs, so a missing or
// misspelt message key is a type error instead of a raw key on screen.
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

// The session carries the user id only; roles are read from the database per request.
declare module 'next-auth' {
  interface Session {
    user: { id: string };
  }
}
