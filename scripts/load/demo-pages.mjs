// What a load script needs from the demo users' pages: the pages a user may see, found from their
// own lists (so a 404 on one is a failure), and the form on which an assessor records a finding.
import { LoadFailure } from './browser-session.mjs';

/** A record's id in a link (a cuid). */
export const ID = '([a-z0-9]{20,})';

const firstLink = (html, pattern) => html.match(new RegExp(`href="(${pattern})"`))?.[1];

/** Home, the lists and the first record of each list that the signed-in user may see. */
export async function discoverPages(session) {
  const [findings, reports, assessments] = await Promise.all(['/findings', '/reports', '/assessments'].map((p) => session.loadPage(p)));
  return [
    '/',
    '/findings',
    firstLink(findings, `/findings/${ID}`),
    '/reports',
    firstLink(reports, `/reports/${ID}`),
    firstLink(assessments, `/assessments/${ID}`),
  ].filter(Boolean);
}

/**
 * The new-finding form of the first assessment among `pages`, with its server actions learned: the
 * page to post `createFindingAction` to, the assessment, and fields for a finding on its target region.
 */
export async function findingForm(session, pages) {
  const hub = pages.find((p) => p.startsWith('/assessments/'));
  if (!hub) throw new LoadFailure(`${session.username} sees no assessment to record findings for`);
  const page = `${hub}/findings/new`;
  const html = await session.loadPage(page);
  const regionId = html.match(new RegExp(`rootRegionId\\\\?":\\\\?"${ID}`))?.[1];
  if (!regionId) throw new LoadFailure(`no region on ${page}`);
  await session.learnActions(page);
  return { page, assessmentId: hub.split('/')[2], fields: { regionId, indicatorId: '', category: 'TARGETED_ASSISTANCE', severity: 'GENERAL' } };
}

/** The value below which `p` % of the sorted values lie. */
export function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
