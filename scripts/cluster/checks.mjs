// What the cluster run checks once the load is over, on the database, the bucket and the replicas.
// Each check returns { lines, problems }: the figures to print, and what failed (none: []).
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { onServer } from '../lib/database.mjs';
import { sha256, TrackedSession } from './workload.mjs';

/** Every acknowledged write is in the database exactly once; one cut off at a stop at most once. */
export async function checkWrites(ownerUrl, runId, { writes, uploads }) {
  const rows = await onServer(ownerUrl, `SELECT "description" AS marker, count(*)::int AS n FROM "Finding" WHERE "description" LIKE $1 GROUP BY 1`, [`${runId}-%`]);
  const found = new Map(rows.map((r) => [r.marker, r.n]));
  const acknowledged = writes.filter((w) => w.acknowledged);
  const cutOff = writes.filter((w) => !w.acknowledged);
  const problems = [];
  const notOnce = acknowledged.filter((w) => found.get(w.marker) !== 1);
  if (notOnce.length) problems.push(`${notOnce.length} acknowledged findings not stored exactly once: ${notOnce.slice(0, 3).map((w) => `${w.marker}×${found.get(w.marker) ?? 0}`).join(', ')}`);
  const doubled = cutOff.filter((w) => (found.get(w.marker) ?? 0) > 1);
  if (doubled.length) problems.push(`${doubled.length} unanswered writes stored more than once`);
  const known = new Set(writes.map((w) => w.marker));
  const strangers = rows.filter((r) => !known.has(r.marker));
  if (strangers.length) problems.push(`${strangers.length} findings with markers nobody wrote`);
  const [{ n: attached }] = await onServer(ownerUrl, `SELECT count(*)::int AS n FROM "Attachment" WHERE "id" = ANY($1)`, [uploads.map((u) => u.attachmentId)]);
  const perFinding = await onServer(ownerUrl, `SELECT count(*)::int AS n FROM "Attachment" WHERE "findingId" = ANY($1) GROUP BY "findingId" HAVING count(*) <> 1`, [uploads.map((u) => u.findingId)]);
  if (attached !== uploads.length || perFinding.length) problems.push(`evidence rows: ${attached} of ${uploads.length} uploads, ${perFinding.length} findings without exactly one`);
  const stored = cutOff.filter((w) => found.get(w.marker) === 1).length;
  return {
    lines: [
      `findings written: ${acknowledged.length} acknowledged, each stored exactly once: ${acknowledged.length - notOnce.length}`,
      `writes cut off without an answer: ${cutOff.length} (stored once: ${stored}, not stored: ${cutOff.length - stored - doubled.length}, more than once: ${doubled.length})`,
      `evidence photos: ${uploads.length} uploaded, ${attached} attachment rows`,
    ],
    problems,
  };
}

/** Each uploaded photo is an object of the bucket and downloads, byte for byte, from the replica that did not take it. */
export async function checkEvidence(s3, uploads, replicas) {
  const client = new S3Client({ endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  const problems = [];
  let inBucket = 0;
  let downloaded = 0;
  for (const upload of uploads) {
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `uploads/${upload.sha256}` })).catch(() => null);
    if (head) inBucket += 1;
    const other = replicas.find((r) => r.name !== upload.servedBy);
    const session = new TrackedSession(other.url, upload.session.username);
    session.cookies = new Map(upload.session.cookies);
    const response = await session.request(`/api/findings/${upload.findingId}/attachments/${upload.attachmentId}`);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status === 200 && sha256(body) === upload.sha256) downloaded += 1;
    else problems.push(`evidence ${upload.attachmentId} from ${other.name}: HTTP ${response.status}, ${body.length} bytes`);
  }
  if (inBucket !== uploads.length) problems.push(`${uploads.length - inBucket} uploaded photos are not in the bucket`);
  const staged = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'staging/' }));
  if (staged.KeyCount) problems.push(`${staged.KeyCount} objects left under staging/`);
  client.destroy();
  const taken = (name) => uploads.filter((u) => u.servedBy === name).length;
  return {
    lines: [
      `evidence in the bucket: ${inBucket} of ${uploads.length} (taken by ${replicas.map((r) => `${r.name} ${taken(r.name)}`).join(', ')}); left under staging/: ${staged.KeyCount ?? 0}`,
      `downloaded through the other replica, same SHA-256: ${downloaded} of ${uploads.length}`,
    ],
    problems,
  };
}

/** The most intervals [start, end] open at one time. */
function maxOverlap(intervals) {
  const events = intervals.flatMap(([start, end]) => [[start.getTime(), 1], [(end ?? new Date()).getTime(), -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, step] of events) most = Math.max(most, (open += step));
  return most;
}

/** The workers' scheduled jobs: each sweep and each audit check ran on one worker at a time. */
export async function checkScheduledJobs(ownerUrl, since, workerStarts) {
  const sweeps = await onServer(ownerUrl, `SELECT state, started_on, completed_on FROM pgboss.job WHERE name = 'reminders' AND created_on >= $1`, [since]);
  const ran = sweeps.filter((s) => s.started_on);
  const checks = await onServer(ownerUrl, `SELECT "status", "startedAt", "finishedAt" FROM "AuditVerificationRun" WHERE "requestedAt" >= $1 AND "startedAt" IS NOT NULL`, [since]);
  const [reminders] = await onServer(ownerUrl, `SELECT count(*)::int AS n, count(DISTINCT "dedupeKey")::int AS keys FROM "Notification" WHERE "dedupeKey" IS NOT NULL`);
  const sweepOverlap = maxOverlap(ran.map((s) => [s.started_on, s.completed_on]));
  const checkOverlap = maxOverlap(checks.map((c) => [c.startedAt, c.finishedAt]));
  const problems = [];
  if (ran.length === 0 || sweepOverlap > 1) problems.push(`reminder sweeps: ${ran.length} ran, up to ${sweepOverlap} at once`);
  if (checks.length === 0 || checkOverlap > 1) problems.push(`audit checks: ${checks.length} ran, up to ${checkOverlap} at once`);
  if (reminders.n !== reminders.keys) problems.push(`reminders: ${reminders.n} rows for ${reminders.keys} keys`);
  const byState = (rows, key) => {
    const counts = new Map();
    for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
    return [...counts].map(([value, n]) => `${n} ${value}`).join(', ');
  };
  return {
    lines: [
      `workers started: ${workerStarts} (one beside each npm start, the restarted one included)`,
      `reminder sweeps queued by every worker: ${sweeps.length} jobs (${byState(sweeps, 'state')}), at most ${sweepOverlap} running at once`,
      `reminders delivered: ${reminders.n}, each once (${reminders.keys} distinct keys)`,
      `audit chain checks: ${checks.length} (${byState(checks, 'status')}), at most ${checkOverlap} running at once`,
    ],
    problems,
  };
}
