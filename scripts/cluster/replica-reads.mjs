// Shows that the app replicas read their lists from the PostgreSQL standby, and that a list read
// there is current once the standby has caught up. With the standby's replay paused, an assessor
// records a finding: a group member who wrote nothing (so no read-your-writes cookie) does not see
// it in the findings list of either app replica (the standby's answer), yet opens its page (the
// primary's). Replay resumed and the lag back to 0, the same list on both replicas shows it.
import { onServer } from '../lib/database.mjs';
import { discoverPages, findingForm } from '../load/demo-pages.mjs';
import { TrackedSession } from './workload.mjs';

const PASSWORD = 'demo-2019';

async function signedIn(baseUrl, username) {
  const session = new TrackedSession(baseUrl, username);
  await session.signIn(PASSWORD);
  return session;
}

/** The same signed-in person on another server (sessions live in the database). */
function on(session, url) {
  const copy = new TrackedSession(url, session.username);
  copy.cookies = new Map(session.cookies);
  return copy;
}

export async function checkReplicaReads({ pair, baseUrl, replicas, runId }) {
  const writer = await signedIn(baseUrl, 'assessor6');
  const form = await findingForm(writer, await discoverPages(writer));
  const reader = await signedIn(baseUrl, 'leader6');
  const marker = `lag-${runId}`;
  const list = `/findings?q=${encodeURIComponent(marker)}`;
  const problems = [];
  // Whether each replica's answer holds `text`.
  const seen = async (path, text) => Promise.all(replicas.map(async (r) => (await on(reader, r.url).loadPage(path)).includes(text)));
  let row;

  await onServer(pair.replicaUrl, 'SELECT pg_wal_replay_pause()');
  let paused;
  try {
    const created = await writer.callAction(form.page, 'createFindingAction', {
      ...form.fields, title: `集群副本 ${marker}`, description: marker, assessmentId: form.assessmentId, checkId: null, siteVisitId: '',
    });
    // The list echoes the keyword in its search field: a row is seen by its link.
    row = `href="/findings/${created.id}"`;
    paused = { list: await seen(list, row), page: await seen(`/findings/${created.id}`, marker) };
  } finally {
    await onServer(pair.replicaUrl, 'SELECT pg_wal_replay_resume()');
  }
  await pair.caughtUp();
  const [{ lag }] = await onServer(pair.replicaUrl, 'SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::int AS lag');
  const current = await seen(list, row);
  const names = (flags, wanted) => replicas.filter((_, i) => flags[i] === wanted).map((r) => r.name).join(', ') || 'none';
  if (paused.list.some(Boolean)) problems.push(`with replay paused, the list on ${names(paused.list, true)} showed the new finding: it did not read the standby`);
  if (!paused.page.every(Boolean)) problems.push(`the new finding's page on ${names(paused.page, false)} did not show it (it reads the primary)`);
  if (!current.every(Boolean)) problems.push(`with the standby caught up, the list on ${names(current, false)} did not show the new finding`);
  return {
    lines: [
      `standby replay paused, a finding recorded: the list without it on ${names(paused.list, false)} (read on the standby), its page on ${names(paused.page, true)} (primary)`,
      `standby caught up (replay lag ${lag} bytes): the list with it on ${names(current, true)}`,
    ],
    problems,
  };
}
