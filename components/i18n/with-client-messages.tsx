// A page whose client components render messages: the page, inside a message provider holding only
// the namespaces it lists (lib/i18n/client-messages.ts). A nested provider replaces the root
// layout's messages rather than adding to them, so the list is the page's whole need; a test
// derives that need from the page's imports and compares.
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickClientMessages } from '@/lib/i18n/client-messages';

export function withClientMessages<P extends object>(paths: readonly string[], Page: (props: P) => ReactNode | Promise<ReactNode>) {
  return async function PageWithClientMessages(props: P) {
    const messages = await getMessages();
    return (
      <NextIntlClientProvider messages={pickClientMessages(messages, paths)}>
        <Page {...props} />
      </NextIntlClientProvider>
    );
  };
}
