// When checkpoints are written after commits: at once after CHECKPOINT_EVERY_EVENTS events,
// otherwise CHECKPOINT_EVERY_MS after the first event not yet recorded, or when the server stops.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/server/db';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { noteAuditCommit, readCheckpoints } from '@/modules/audit/checkpoints';
import { markStopping } from '@/lib/server/shutdown-state';

async function appendOne(): Promise<string> {
  await getDb().$transaction((tx) => recordAuditEvent(tx, null, { action: 'test.event', entityType: 'Test', entityId: 'cp' }));
  return (await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } })).id.toString();
}

const latestId = () => readCheckpoints().checkpoints.at(-1)?.id;

afterEach(() => {
  vi.useRealTimers();
});

describe('checkpoints after commits', () => {
  it('are written once 100 events are unrecorded, not before', async () => {
    const before = latestId();
    const head = await appendOne();
    await noteAuditCommit(getDb(), 99);
    expect(latestId()).toBe(before);
    await noteAuditCommit(getDb(), 1);
    expect(latestId()).toBe(head);
  });

  it('are written a minute after a commit that left fewer events', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const head = await appendOne();
    await noteAuditCommit(getDb(), 1);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(latestId()).not.toBe(head);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(latestId()).toBe(head));
  });

  it('are written when the server is told to stop, without waiting for the minute', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const head = await appendOne();
    await noteAuditCommit(getDb(), 1);
    expect(latestId()).not.toBe(head);
    markStopping();
    try {
      await vi.waitFor(() => expect(latestId()).toBe(head));
    } finally {
      // The process goes on serving other test files: it is not stopping.
      delete (globalThis as { appStoppingSince?: Date }).appStoppingSince;
    }
  });
});
