// Message catalogs, one per locale, with the same keys (checked by messages.test.ts).
import en from '@/lib/i18n/messages/en.json';
import zhCN from '@/lib/i18n/messages/zh-CN.json';
import type { Locale } from '@/lib/i18n/locales';

export type Messages = typeof zhCN;

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
