import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { FocusKeeper } from '@/components/focus-keeper';
import { pickClientMessages, SHELL_MESSAGE_PATHS } from '@/lib/i18n/client-messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return {
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('description'),
    applicationName: t('name'),
    appleWebApp: { capable: true, title: t('shortName') },
    icons: { apple: '/icons/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d4ed8' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        {/* Locale and time zone are inherited from lib/i18n/request.ts; of the messages, only those the shell's client components render (pages add their own). */}
        <NextIntlClientProvider messages={pickClientMessages(messages, SHELL_MESSAGE_PATHS)}>{children}</NextIntlClientProvider>
        <FocusKeeper />
      </body>
    </html>
  );
}
