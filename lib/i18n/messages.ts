// Message catalogs, one per locale, with the same keys (checked by messages.test.ts).
// The shell's strings live in <locale>.json; each feature area keeps its own namespace
// in <area>.<locale>.json so areas can grow without touching each other's files.
import en from '@/lib/i18n/messages/en.json';
import zhCN from '@/lib/i18n/messages/zh-CN.json';
import accountEn from '@/lib/i18n/messages/account.en.json';
import accountZh from '@/lib/i18n/messages/account.zh-CN.json';
import auditEn from '@/lib/i18n/messages/audit.en.json';
import auditZh from '@/lib/i18n/messages/audit.zh-CN.json';
import campaignsEn from '@/lib/i18n/messages/campaigns.en.json';
import campaignsZh from '@/lib/i18n/messages/campaigns.zh-CN.json';
import checksEn from '@/lib/i18n/messages/checks.en.json';
import checksZh from '@/lib/i18n/messages/checks.zh-CN.json';
import dashboardEn from '@/lib/i18n/messages/dashboard.en.json';
import dashboardZh from '@/lib/i18n/messages/dashboard.zh-CN.json';
import draftsEn from '@/lib/i18n/messages/drafts.en.json';
import draftsZh from '@/lib/i18n/messages/drafts.zh-CN.json';
import drawsEn from '@/lib/i18n/messages/draws.en.json';
import drawsZh from '@/lib/i18n/messages/draws.zh-CN.json';
import excelEn from '@/lib/i18n/messages/excel.en.json';
import excelZh from '@/lib/i18n/messages/excel.zh-CN.json';
import findingsEn from '@/lib/i18n/messages/findings.en.json';
import findingsZh from '@/lib/i18n/messages/findings.zh-CN.json';
import groupsEn from '@/lib/i18n/messages/groups.en.json';
import groupsZh from '@/lib/i18n/messages/groups.zh-CN.json';
import importsEn from '@/lib/i18n/messages/imports.en.json';
import importsZh from '@/lib/i18n/messages/imports.zh-CN.json';
import meetingsEn from '@/lib/i18n/messages/meetings.en.json';
import meetingsZh from '@/lib/i18n/messages/meetings.zh-CN.json';
import notificationsEn from '@/lib/i18n/messages/notifications.en.json';
import notificationsZh from '@/lib/i18n/messages/notifications.zh-CN.json';
import offlineEn from '@/lib/i18n/messages/offline.en.json';
import offlineZh from '@/lib/i18n/messages/offline.zh-CN.json';
import reportsEn from '@/lib/i18n/messages/reports.en.json';
import reportsZh from '@/lib/i18n/messages/reports.zh-CN.json';
import resultsEn from '@/lib/i18n/messages/results.en.json';
import resultsZh from '@/lib/i18n/messages/results.zh-CN.json';
import resultsReportEn from '@/lib/i18n/messages/resultsReport.en.json';
import resultsReportZh from '@/lib/i18n/messages/resultsReport.zh-CN.json';
import resultsWorkflowEn from '@/lib/i18n/messages/resultsWorkflow.en.json';
import resultsWorkflowZh from '@/lib/i18n/messages/resultsWorkflow.zh-CN.json';
import rulesEn from '@/lib/i18n/messages/rules.en.json';
import rulesZh from '@/lib/i18n/messages/rules.zh-CN.json';
import siteVisitsEn from '@/lib/i18n/messages/siteVisits.en.json';
import siteVisitsZh from '@/lib/i18n/messages/siteVisits.zh-CN.json';
import todosEn from '@/lib/i18n/messages/todos.en.json';
import todosZh from '@/lib/i18n/messages/todos.zh-CN.json';
import uploadsEn from '@/lib/i18n/messages/uploads.en.json';
import uploadsZh from '@/lib/i18n/messages/uploads.zh-CN.json';
import usersEn from '@/lib/i18n/messages/users.en.json';
import usersZh from '@/lib/i18n/messages/users.zh-CN.json';
import villageChecksEn from '@/lib/i18n/messages/villageChecks.en.json';
import villageChecksZh from '@/lib/i18n/messages/villageChecks.zh-CN.json';
import eventsEn from '@/lib/i18n/messages/events.en.json';
import eventsZh from '@/lib/i18n/messages/events.zh-CN.json';
import historyEn from '@/lib/i18n/messages/history.en.json';
import historyZh from '@/lib/i18n/messages/history.zh-CN.json';
import searchEn from '@/lib/i18n/messages/search.en.json';
import searchZh from '@/lib/i18n/messages/search.zh-CN.json';
import type { Locale } from '@/lib/i18n/locales';

const ZH_CN = {
  ...zhCN,
  account: accountZh,
  audit: auditZh,
  campaigns: campaignsZh,
  checks: checksZh,
  dashboard: dashboardZh,
  drafts: draftsZh,
  draws: drawsZh,
  excel: excelZh,
  findings: findingsZh,
  groups: groupsZh,
  imports: importsZh,
  meetings: meetingsZh,
  notifications: notificationsZh,
  offline: offlineZh,
  reports: reportsZh,
  results: resultsZh,
  resultsReport: resultsReportZh,
  resultsWorkflow: resultsWorkflowZh,
  rules: rulesZh,
  siteVisits: siteVisitsZh,
  todos: todosZh,
  uploads: uploadsZh,
  users: usersZh,
  villageChecks: villageChecksZh,
  events: eventsZh,
  history: historyZh,
  search: searchZh,
};
const EN = {
  ...en,
  account: accountEn,
  audit: auditEn,
  campaigns: campaignsEn,
  checks: checksEn,
  dashboard: dashboardEn,
  drafts: draftsEn,
  draws: drawsEn,
  excel: excelEn,
  findings: findingsEn,
  groups: groupsEn,
  imports: importsEn,
  meetings: meetingsEn,
  notifications: notificationsEn,
  offline: offlineEn,
  reports: reportsEn,
  results: resultsEn,
  resultsReport: resultsReportEn,
  resultsWorkflow: resultsWorkflowEn,
  rules: rulesEn,
  siteVisits: siteVisitsEn,
  todos: todosEn,
  uploads: uploadsEn,
  users: usersEn,
  villageChecks: villageChecksEn,
  events: eventsEn,
  history: historyEn,
  search: searchEn,
};

export type Messages = typeof ZH_CN;

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': ZH_CN, en: EN };
