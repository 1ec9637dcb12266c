// Signing out with work still on the device: each user's own queue counts (waiting and refused apart),
// another user's queue on the same device does not.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFieldDb, type QueuedCheck } from '@/lib/offline/field-db';
import { enqueue, markRefused } from '@/lib/offline/check-queue-store';
import { countUnsent, findUnsentChecks } from '@/lib/offline/unsent-checks';

function entry(submissionKey: string, refusal: QueuedCheck['refusal'] = null): QueuedCheck {
  return {
    payload: { submissionKey, siteVisitId: 'v1', householdId: submissionKey } as QueuedCheck['payload'],
    photoIds: [],
    label: submissionKey,
    draft: '{}',
    queuedAt: 1,
    refusal,
  };
}

beforeEach(async () => {
  await (await openFieldDb()).clear('checkQueue');
});

describe('countUnsent', () => {
  it('is null for an empty queue', () => {
    expect(countUnsent([])).toBeNull();
  });

  it('counts waiting and refused checks apart', () => {
    expect(countUnsent([entry('a'), entry('b', { message: 'no', fieldErrors: {} }), entry('c')])).toEqual({ waiting: 2, refused: 1 });
  });

  it('counts a queue of refused checks only as unsent', () => {
    expect(countUnsent([entry('a', { message: 'no', fieldErrors: {} })])).toEqual({ waiting: 0, refused: 1 });
  });
});

describe('findUnsentChecks', () => {
  it('counts the signed-in user’s own checks on the device', async () => {
    await enqueue('u1', entry('a'));
    await enqueue('u1', entry('b'));
    await enqueue('u1', entry('c'));
    await markRefused('u1', 'c', { message: 'no', fieldErrors: {} });
    expect(await findUnsentChecks('u1')).toEqual({ waiting: 2, refused: 1 });
  });

  it('is not blocked by another user’s queue on the same device', async () => {
    await enqueue('u1', entry('a'));
    await enqueue('u10', entry('b'));
    expect(await findUnsentChecks('u2')).toBeNull();
    expect(await findUnsentChecks('u1')).toEqual({ waiting: 1, refused: 0 });
    expect(await findUnsentChecks('u10')).toEqual({ waiting: 1, refused: 0 });
  });

  it('is null once the user’s checks have been sent, and with nobody signed in', async () => {
    await enqueue('u1', entry('a'));
    await (await openFieldDb()).delete('checkQueue', ['u1', 'a']);
    expect(await findUnsentChecks('u1')).toBeNull();
    expect(await findUnsentChecks(null)).toBeNull();
  });
});
