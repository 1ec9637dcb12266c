// The part of the message catalogue that client components render, handed to the browser by the
// root layout's NextIntlClientProvider. Server components translate on the server; sending them
// the whole catalogue too put every message (events, exports, e-mails…) into each page's HTML.
// client-messages.test.ts reads every translator in code that reaches the browser and fails when a
// namespace or key it asks for is not covered here, or when a path here is no longer asked for.
import type { AbstractIntlMessages } from 'next-intl';

/** Namespaces and sub-namespaces (dotted) that client components use, each with everything below it. */
export const CLIENT_MESSAGE_PATHS: readonly string[] = [
  'account.email', 'account.password', 'account.sessions', 'assessment.transition', 'assessmentStatus', 'audit',
  'campaigns.form', 'campaigns.indicators', 'campaigns.lifecycle', 'campaigns.resultsConfig', 'campaigns.scoring',
  'checks', 'download', 'drafts', 'draws', 'errorPage', 'errors', 'excel.panel', 'findings', 'groups.form',
  'groups.newMember', 'groups.pick', 'groups.remove', 'groups.targets', 'imports.job', 'locale', 'login',
  'meetingKind', 'meetings.agenda', 'meetings.attendees', 'meetings.form', 'meetings.minutes', 'meetings.notice',
  'meetings.person', 'nav', 'notifications', 'offline.outbox', 'offline.page', 'offline.prepare', 'offline.signOut', 'regionLevel',
  'reports', 'resultsWorkflow.actions', 'resultsWorkflow.appeals', 'resultsWorkflow.scores.manual', 'roles', 'rules',
  'siteVisits.actions', 'siteVisits.form', 'siteVisits.householdStatus', 'siteVisits.pick', 'siteVisits.roster',
  'siteVisits.rulesForm', 'siteVisits.sample', 'siteVisits.status', 'siteVisits.verify', 'users.details',
  'users.new', 'users.oneTime', 'users.roles', 'users.status',
];

type Tree = { [key: string]: string | Tree };

/** The catalogue's messages under CLIENT_MESSAGE_PATHS, in the catalogue's shape. */
export function pickClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const picked: Tree = {};
  for (const path of CLIENT_MESSAGE_PATHS) {
    const keys = path.split('.');
    let from: string | Tree | undefined = messages as Tree;
    let to = picked;
    keys.forEach((key, i) => {
      from = typeof from === 'object' ? from[key] : undefined;
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Tree;
    });
  }
  return picked;
}
