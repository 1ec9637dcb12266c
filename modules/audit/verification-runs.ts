// Checks of the whole audit chain, kept in AuditVerificationRun: the worker runs them (on a schedule,
// after it starts, and when an admin asks), and /audit reads the newest one, so that a view costs a
// few rows however long the trail is (docs/decisions/009).
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/server/db';
import { verifyAuditTrail, type AuditVerification } from '@/modules/audit/queries';
import { getLogger } from '@/lib/server/logger';

/** A running check whose worker has shown no sign of life for this long is taken up again. */
const STALE_AFTER_SECONDS = 120;
/** Finished checks kept; older ones are removed as new ones finish. */
const KEEP_FINISHED = 100;

export type PendingStatus = 'queued' | 'running';
export type FinishedStatus = 'ok' | 'broken' | 'failed';

/** A check as stored: the outcome's dates are ISO text in JSON. */
export type StoredVerification = Omit<AuditVerification, 'head'> & { head: { id: string; hash: string; at: string } | null };

const RUN_FIELDS = { id: true, status: true, requestedAt: true, startedAt: true, finishedAt: true, events: true, result: true, requestedBy: { select: { displayName: true } } } as const;

/** What /audit shows: the newest finished check, and the check waiting or under way, if any. */
export async function getAuditVerificationStatus(db: Pick<Db, 'auditVerificationRun'>) {
  const [finished, pending] = await Promise.all([
    db.auditVerificationRun.findFirst({ where: { finishedAt: { not: null } }, orderBy: { finishedAt: 'desc' }, select: RUN_FIELDS }),
    db.auditVerificationRun.findFirst({ where: { status: { in: ['queued', 'running'] } }, orderBy: { requestedAt: 'asc' }, select: RUN_FIELDS }),
  ]);
  const shape = (run: typeof finished) =>
    run && {
      ...run,
      requestedBy: run.requestedBy?.displayName ?? null,
      // `result` holds the outcome when ok or broken, and the error's text when the check failed.
      verification: run.status === 'ok' || run.status === 'broken' ? (run.result as unknown as StoredVerification) : null,
      error: run.status === 'failed' ? String(run.result) : null,
    };
  return { finished: shape(finished), pending: shape(pending) };
}

export type AuditVerificationStatus = Awaited<ReturnType<typeof getAuditVerificationStatus>>;

/**
 * Queues a check unless one is already waiting; returns the waiting one. The database keeps one
 * waiting at most (a partial unique index), so two workers queueing at once add one check, not two.
 */
export async function queueAuditVerification(tx: Pick<Db, 'auditVerificationRun'>, requestedById: string | null) {
  await tx.auditVerificationRun.createMany({ data: [{ status: 'queued', requestedById }], skipDuplicates: true });
  return tx.auditVerificationRun.findFirstOrThrow({ where: { status: 'queued' }, select: { id: true } });
}

/** A stopping worker's check goes back to the queue, or away when another already waits there. */
async function requeue(db: Db, id: string): Promise<void> {
  const requeued = await db.$executeRaw`
    UPDATE "AuditVerificationRun" SET "status" = 'queued', "startedAt" = NULL, "heartbeatAt" = NULL, "events" = 0
    WHERE "id" = ${id} AND NOT EXISTS (SELECT 1 FROM "AuditVerificationRun" WHERE "status" = 'queued')`;
  if (requeued === 0) await db.auditVerificationRun.delete({ where: { id } });
}

/** Queues a scheduled check when nothing was asked for or run in the last `everySeconds`. */
export async function queueScheduledVerification(db: Db, everySeconds: number): Promise<void> {
  const since = new Date(Date.now() - everySeconds * 1000);
  const recent = await db.auditVerificationRun.findFirst({ where: { requestedAt: { gte: since } }, select: { id: true } });
  if (!recent) await queueAuditVerification(db, null);
}

/** Takes the oldest queued check (or one whose worker died), so that two workers never run the same. */
async function claimRun(db: Db): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "AuditVerificationRun" SET "status" = 'running', "startedAt" = now(), "heartbeatAt" = now(), "events" = 0
    WHERE "id" = (
      SELECT "id" FROM "AuditVerificationRun"
      WHERE "status" = 'queued' OR ("status" = 'running' AND "heartbeatAt" < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))
      ORDER BY "requestedAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}

/** Thrown from the progress callback when the worker is stopping: the check goes back to the queue. */
export class VerificationStopped extends Error {}

async function finish(db: Db, id: string, status: FinishedStatus, events: number, result: Prisma.InputJsonValue) {
  await db.auditVerificationRun.update({ where: { id }, data: { status, events, result, finishedAt: new Date(), heartbeatAt: new Date() } });
  const old = await db.auditVerificationRun.findMany({ where: { finishedAt: { not: null } }, orderBy: { finishedAt: 'desc' }, skip: KEEP_FINISHED, select: { id: true } });
  if (old.length > 0) await db.auditVerificationRun.deleteMany({ where: { id: { in: old.map((run) => run.id) } } });
}

/**
 * Runs the queued checks one after the other until none is left; `shouldStop` is asked after each
 * page of events, so a stopping worker leaves within one page and its check is run again later.
 */
export async function runQueuedVerifications(db: Db, shouldStop: () => boolean = () => false): Promise<number> {
  let ran = 0;
  for (let id = await claimRun(db); id; id = shouldStop() ? null : await claimRun(db)) {
    const runId = id;
    try {
      const result = await verifyAuditTrail(db, async (events) => {
        if (shouldStop()) throw new VerificationStopped();
        await db.auditVerificationRun.update({ where: { id: runId }, data: { events, heartbeatAt: new Date() } });
      });
      await finish(db, runId, result.ok ? 'ok' : 'broken', result.events, JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue);
      ran += 1;
    } catch (error) {
      if (error instanceof VerificationStopped) {
        await requeue(db, runId);
        break;
      }
      getLogger().error({ err: error, runId, component: 'audit' }, 'verification failed');
      await finish(db, runId, 'failed', 0, error instanceof Error ? error.message : String(error));
    }
  }
  return ran;
}
