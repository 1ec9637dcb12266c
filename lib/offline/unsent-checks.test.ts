// Signing out with work still on the device: each user's own outbox counts (waiting, refused and in conflict
// apart; sent entries not at all), another user's outbox on the same device does not.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFieldDb } from '@/lib/offline/field-db';
import { newEntry, settle, type OutboxEntry } from '@/lib/offline/outbox-core';
import { updateOutbox } from '@/lib/offline/outbox-store';
import { countUnsent, findUnsentChecks } from '@/lib/offline/unsent-checks';

const check = (id: string) => newEntry({ kind: 'check', id, visitId: 'v1', photoIds: [], label: id, draft: '{}', payload: { submissionKey: id } as never }, 1);
const refusal = { message: 'no', fieldErrors: {} };
const current = { id: 's', version: 2, status: 'DRAFT', values: { regionId: 'r', indicatorId: null, category: 'TARGETED_ASSISTANCE' as const, severity: 'GENERAL' as const, title: 't', description: 'd' }, updatedAt: '' };
const add = (owner: string, ...entries: OutboxEntry[]) => updateOutbox(owner, (all) => [...all, ...entries]);

beforeEach(async () => {
  await (await openFieldDb()).clear('outbox');
});

describe('countUnsent', () => {
  it('is null for an empty outbox and one of sent entries only', () => {
    expect(countUnsent([])).toBeNull();
    expect(countUnsent(settle([check('a')], 'a', { kind: 'sent', id: 'x', version: null }, 2, 0))).toBeNull();
  });

  it('counts waiting, refused and conflicting entries apart', () => {
    const edit = newEntry({ kind: 'findingEdit', id: 'e', visitId: 'v', photoIds: [], label: 'e', draft: '{}', payload: { findingId: 's', createId: null, after: null, baseVersion: 1, base: current.values, values: { ...current.values, title: 'mine' } } }, 1);
    let entries = [check('a'), check('b'), check('c'), edit];
    entries = settle(entries, 'b', { kind: 'refused', refusal }, 2, 0);
    entries = settle(entries, 'e', { kind: 'conflict', current }, 2, 0);
    expect(countUnsent(entries)).toEqual({ waiting: 2, refused: 1, conflict: 1 });
  });
});

describe('findUnsentChecks', () => {
  it('counts only the signed-in user’s own entries on the device', async () => {
    await add('u1', check('a'), check('b'));
    await updateOutbox('u1', (all) => settle(all, 'b', { kind: 'refused', refusal }, 2, 0));
    await add('u10', check('c'));
    expect(await findUnsentChecks('u1')).toEqual({ waiting: 1, refused: 1, conflict: 0 });
    expect(await findUnsentChecks('u10')).toEqual({ waiting: 1, refused: 0, conflict: 0 });
    expect(await findUnsentChecks('u2')).toBeNull();
    expect(await findUnsentChecks(null)).toBeNull();
  });
});
