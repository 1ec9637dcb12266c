// Message catalogs, one per locale, with the same keys (checked by messages.test.ts).
// The shell's strings live in <locale>.json; each feature area keeps its own namespace
// in <area>.<locale>.json so areas can grow without touching each other's files.
import en from '@/lib/i18n/messages/en.json';
import zhCN from '@/lib/i18n/messages/zh-CN.json';
import campaignsEn from '@/lib/i18n/messages/campaigns.en.json';
import campaignsZh from '@/lib/i18n/messages/campaigns.zh-CN.json';
import groupsEn from '@/lib/i18n/messages/groups.en.json';
import groupsZh from '@/lib/i18n/messages/groups.zh-CN.json';
import drawsEn from '@/lib/i18n/messages/draws.en.json';
import drawsZh from '@/lib/i18n/messages/draws.zh-CN.json';
import meetingsEn from '@/lib/i18n/messages/meetings.en.json';
import meetingsZh from '@/lib/i18n/messages/meetings.zh-CN.json';
import reportsEn from '@/lib/i18n/messages/reports.en.json';
import reportsZh from '@/lib/i18n/messages/reports.zh-CN.json';
import rulesEn from '@/lib/i18n/messages/rules.en.json';
import rulesZh from '@/lib/i18n/messages/rules.zh-CN.json';
import excelEn from '@/lib/i18n/messages/excel.en.json';
import excelZh from '@/lib/i18n/messages/excel.zh-CN.json';
import siteVisitsEn from '@/lib/i18n/messages/siteVisits.en.json';
import siteVisitsZh from '@/lib/i18n/messages/siteVisits.zh-CN.json';
import checksEn from '@/lib/i18n/messages/checks.en.json';
import checksZh from '@/lib/i18n/messages/checks.zh-CN.json';
import findingsEn from '@/lib/i18n/messages/findings.en.json';
import findingsZh from '@/lib/i18n/messages/findings.zh-CN.json';
import draftsEn from '@/lib/i18n/messages/drafts.en.json';
import draftsZh from '@/lib/i18n/messages/drafts.zh-CN.json';
import type { Locale } from '@/lib/i18n/locales';

const ZH_CN = { ...zhCN, findings: findingsZh, checks: checksZh, campaigns: campaignsZh, groups: groupsZh, draws: drawsZh, meetings: meetingsZh, reports: reportsZh, rules: rulesZh, excel: excelZh, siteVisits: siteVisitsZh, drafts: draftsZh };
const EN = { ...en, findings: findingsEn, checks: checksEn, campaigns: campaignsEn, groups: groupsEn, draws: drawsEn, meetings: meetingsEn, reports: reportsEn, rules: rulesEn, excel: excelEn, siteVisits: siteVisitsEn, drafts: draftsEn };

export type Messages = typeof ZH_CN;

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': ZH_CN, en: EN };
