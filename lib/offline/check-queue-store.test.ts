// The check queue on the device: per user, oldest first, one entry per submission key, and the queue an
// earlier version left in localStorage adopted once by the first user who reads it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFieldDb, type QueuedCheck } from '@/lib/offline/field-db';
import { dequeue, enqueue, markRefused, readQueue } from '@/lib/offline/check-queue-store';

function entry(submissionKey: string, queuedAt: number): QueuedCheck {
  return {
    payload: { submissionKey, siteVisitId: 'v1', householdId: 'h1' } as QueuedCheck['payload'],
    photoIds: [],
    label: submissionKey,
    draft: '{}',
    queuedAt,
    refusal: null,
  };
}

const keys = async (ownerId: string) => (await readQueue(ownerId)).map((e) => e.payload.submissionKey);

/** A minimal window with localStorage and events, as the browser gives the store. */
function fakeWindow(items: Record<string, string>) {
  const events = new EventTarget();
  return {
    localStorage: {
      getItem: (k: string) => items[k] ?? null,
      removeItem: (k: string) => void delete items[k],
    },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  };
}

beforeEach(async () => {
  await (await openFieldDb()).clear('checkQueue');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the check queue store', () => {
  it('keeps each user apart and lists the oldest first', async () => {
    await enqueue('u1', entry('b', 2));
    await enqueue('u1', entry('a', 3));
    await enqueue('u10', entry('c', 1));
    await enqueue('u1', entry('c', 1));
    expect(await keys('u1')).toEqual(['c', 'b', 'a']);
    expect(await keys('u10')).toEqual(['c']);
    expect(await keys('u2')).toEqual([]);
  });

  it('queues a check again under its key (as the last), marks refusals and dequeues one user only', async () => {
    await enqueue('u1', entry('a', 1));
    await enqueue('u1', entry('b', 2));
    await enqueue('u1', entry('a', 3));
    expect(await keys('u1')).toEqual(['b', 'a']);
    await enqueue('u2', entry('a', 1));
    await markRefused('u1', 'a', { message: 'no', fieldErrors: {} });
    expect((await readQueue('u1')).find((e) => e.payload.submissionKey === 'a')?.refusal).toEqual({ message: 'no', fieldErrors: {} });
    expect((await readQueue('u2'))[0]?.refusal).toBeNull();
    await dequeue('u1', 'a');
    expect(await keys('u1')).toEqual(['b']);
    expect(await keys('u2')).toEqual(['a']);
  });

  it('adopts the queue an earlier version kept in localStorage, once, for the user who reads it', async () => {
    const items: Record<string, string> = { 'check-queue:v1': JSON.stringify([entry('old-1', 1), entry('old-2', 2)]) };
    vi.stubGlobal('window', fakeWindow(items));
    expect(await keys('u1')).toEqual(['old-1', 'old-2']);
    expect(items['check-queue:v1']).toBeUndefined();
    expect(await keys('u2')).toEqual([]);
    expect(await keys('u1')).toEqual(['old-1', 'old-2']);
  });
});
