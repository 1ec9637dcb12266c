// The worker's checks of the audit chain: a change made in the table (as its owner, around the
// trigger) is found by the check the worker runs when asked and by the one it queues on its own,
// and /audit's read returns that stored result. The edit is undone afterwards, so the shared chain
// stays intact for the other test files.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDb, getDb } from '@/lib/server/db';
import { createUser } from '@/seeds/factories/users';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { startAuditVerifyWorker } from '@/modules/audit/verify-worker';
import {
  getAuditVerificationStatus,
  queueAuditVerification,
  queueScheduledVerification,
  runQueuedVerifications,
} from '@/modules/audit/verification-runs';

const owner = createDb(process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!);
afterAll(() => owner.$disconnect());

async function appendEvent(label: string): Promise<bigint> {
  await getDb().$transaction((tx) => recordAuditEvent(tx, null, { action: 'test.event', entityType: 'Test', entityId: label, data: { label } }));
  const last = await getDb().auditEvent.findFirst({ where: { entityId: label }, orderBy: { id: 'desc' }, select: { id: true } });
  return last!.id;
}

/** As the owner, around the append-only trigger: changes an event's content and gives back the undo. */
async function tamper(id: bigint): Promise<() => Promise<void>> {
  const { data } = await owner.auditEvent.findUniqueOrThrow({ where: { id }, select: { data: true } });
  const set = async (value: object) => {
    await owner.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
      await tx.auditEvent.update({ where: { id }, data: { data: value } });
      await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_append_only"');
    });
  };
  await set({ label: 'rewritten' });
  return () => set(data as object);
}

async function waitForRun(id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const run = await getDb().auditVerificationRun.findUniqueOrThrow({ where: { id } });
    if (run.finishedAt) return run;
    if (Date.now() > deadline) throw new Error(`check ${id} did not finish (status ${run.status})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let undo: (() => Promise<void>) | null = null;
afterEach(async () => {
  await undo?.();
  undo = null;
});

describe('audit chain checks run by the worker', () => {
  it('finds an event changed in the table when an admin asks, and the page reads that result', async () => {
    const id = await appendEvent(`verify-asked-${Date.now()}`);
    const worker = await startAuditVerifyWorker(getDb());
    try {
      undo = await tamper(id);
      const admin = await createUser(getDb(), { roles: [{ role: 'ADMIN' }] });
      const asked = await queueAuditVerification(getDb(), admin.id);
      const run = await waitForRun(asked.id);
      expect(run.status).toBe('broken');
      expect(run.result).toMatchObject({ ok: false, problem: { kind: 'brokenEvent', eventId: id.toString(), reason: 'hash' } });

      const status = await getAuditVerificationStatus(getDb());
      expect(status.finished).toMatchObject({ id: asked.id, status: 'broken', requestedBy: admin.displayName });
      expect(status.finished?.verification?.problem).toEqual({ kind: 'brokenEvent', eventId: id.toString(), reason: 'hash' });
    } finally {
      await worker.stop();
    }
  });

  it('finds it in the scheduled check too, and reports the chain intact once the edit is undone', async () => {
    const id = await appendEvent(`verify-scheduled-${Date.now()}`);
    undo = await tamper(id);
    // Nothing asked for in the last 0 s: the schedule queues a check.
    await queueScheduledVerification(getDb(), 0);
    expect(await runQueuedVerifications(getDb())).toBe(1);
    expect((await getAuditVerificationStatus(getDb())).finished).toMatchObject({ status: 'broken', requestedBy: null, verification: { problem: { eventId: id.toString() } } });

    await undo();
    undo = null;
    await queueScheduledVerification(getDb(), 0);
    await runQueuedVerifications(getDb());
    const status = await getAuditVerificationStatus(getDb());
    expect(status.finished).toMatchObject({ status: 'ok', verification: { ok: true, problem: null, head: { id: id.toString() } } });
    expect(status.pending).toBeNull();
  });

  it('does not queue a scheduled check while a recent one exists, and puts a check back when the worker stops', async () => {
    const asked = await queueAuditVerification(getDb(), null);
    await queueScheduledVerification(getDb(), 3600);
    expect(await getDb().auditVerificationRun.count({ where: { status: 'queued' } })).toBe(1);

    // Stopping before the first page is done: the check is not finished, and waits for the next worker.
    expect(await runQueuedVerifications(getDb(), () => true)).toBe(0);
    expect(await getDb().auditVerificationRun.findUniqueOrThrow({ where: { id: asked.id } })).toMatchObject({ status: 'queued', finishedAt: null });
    await runQueuedVerifications(getDb());
    expect((await waitForRun(asked.id)).status).toBe('ok');
  });

  it('queues one check when several workers queue their scheduled check at the same moment', async () => {
    await runQueuedVerifications(getDb());
    expect(await getDb().auditVerificationRun.count({ where: { status: 'queued' } })).toBe(0);
    // As many worker processes as the pool has connections, each finding no recent check.
    const workers = Array.from({ length: 8 }, () => createDb(process.env.DATABASE_URL!));
    try {
      await Promise.all(workers.map((db) => queueScheduledVerification(db, 0)));
    } finally {
      await Promise.all(workers.map((db) => db.$disconnect()));
    }
    expect(await getDb().auditVerificationRun.count({ where: { status: 'queued' } })).toBe(1);
    expect(await runQueuedVerifications(getDb())).toBe(1);
  });

  it('drops a stopped check instead of queueing it twice when another already waits', async () => {
    await appendEvent(`verify-requeue-${Date.now()}`);
    await runQueuedVerifications(getDb());
    // A check whose worker died, and a newer one waiting: the old one is taken up first.
    const abandoned = await getDb().auditVerificationRun.create({
      data: { status: 'running', requestedAt: new Date(Date.now() - 3_600_000), startedAt: new Date(Date.now() - 3_600_000), heartbeatAt: new Date(Date.now() - 3_600_000) },
    });
    const waiting = await queueAuditVerification(getDb(), null);
    expect(await runQueuedVerifications(getDb(), () => true)).toBe(0);
    expect(await getDb().auditVerificationRun.findUnique({ where: { id: abandoned.id } })).toBeNull();
    expect(await getDb().auditVerificationRun.findMany({ where: { status: { in: ['queued', 'running'] } }, select: { id: true, status: true } })).toEqual([{ id: waiting.id, status: 'queued' }]);
    await runQueuedVerifications(getDb());
  });
});
