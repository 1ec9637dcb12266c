// The device store of version 3: the version-2 check queue and the photos' own database move into the outbox
// and the photo store on upgrade and first read, losing nothing and keeping each user's apart; changes to one
// user's outbox never touch another's. A list the oldest version left in localStorage is adopted by the first reader.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { FIELD_DB_NAME, openFieldDb } from '@/lib/offline/field-db';
import { LEGACY_PHOTO_DB, type QueuedCheck } from '@/lib/offline/legacy-queue';
import { loadPhotos, readOutbox, updateOutbox } from '@/lib/offline/outbox-store';

const queued = (key: string, photoIds: string[], refusal: QueuedCheck['refusal'] = null): QueuedCheck => ({
  payload: { submissionKey: key, siteVisitId: 'v1', householdId: 'h1' } as QueuedCheck['payload'],
  photoIds,
  label: key,
  draft: '{"answers":{}}',
  queuedAt: key.length,
  refusal,
});

describe('the field database, version 3', () => {
  it('moves the version-2 queue and the old photo database in, per user, and deletes them', async () => {
    const v2 = await openDB(FIELD_DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('visits', { keyPath: ['ownerId', 'visitId'] });
        db.createObjectStore('checkQueue', { keyPath: ['ownerId', 'submissionKey'] });
      },
    });
    await v2.put('checkQueue', { ...queued('a', ['p1']), ownerId: 'u1', submissionKey: 'a' });
    await v2.put('checkQueue', { ...queued('bb', [], { message: 'no', fieldErrors: { x: ['y'] } }), ownerId: 'u1', submissionKey: 'bb' });
    await v2.put('checkQueue', { ...queued('c', ['p2']), ownerId: 'u2', submissionKey: 'c' });
    v2.close();
    const photos = await openDB(LEGACY_PHOTO_DB, 1, { upgrade: (db) => void db.createObjectStore('photos', { keyPath: 'id' }) });
    for (const id of ['p1', 'p2', 'draft-photo']) await photos.put('photos', { id, name: `${id}.jpg`, blob: new Blob([id]) });
    photos.close();

    const mine = await readOutbox('u1');
    expect(mine.map((e) => [e.id, e.kind, e.state, e.photoIds])).toEqual([
      ['a', 'check', 'waiting', ['p1']],
      ['bb', 'check', 'refused', []],
    ]);
    expect(mine[1]?.refusal).toEqual({ message: 'no', fieldErrors: { x: ['y'] } });
    expect(mine[0]?.draft).toBe('{"answers":{}}');
    expect((await readOutbox('u2')).map((e) => e.id)).toEqual(['c']);
    // Each photo went to the user whose check lists it; a draft's photo to the one who read first.
    expect((await loadPhotos('u1', ['p1', 'p2', 'draft-photo'])).map((p) => p.id)).toEqual(['p1', 'draft-photo']);
    expect((await loadPhotos('u2', ['p2'])).map((p) => [p.id, p.name, p.uploaded])).toEqual([['p2', 'p2.jpg', false]]);
    expect((await openFieldDb()).objectStoreNames.contains('checkQueue' as never)).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(LEGACY_PHOTO_DB);
  });

  it("changes one user's outbox in one step, leaving the others alone", async () => {
    const before = await readOutbox('u2');
    await updateOutbox('u1', () => []);
    expect(await readOutbox('u1')).toEqual([]);
    expect(await readOutbox('u2')).toEqual(before);
  });
});

describe('a queue left in localStorage by the oldest version', () => {
  it('is adopted by the user who reads first', async () => {
    const items: Record<string, string> = { 'check-queue:v1': JSON.stringify([queued('ls-1', []), queued('ls-22', [])]) };
    vi.stubGlobal('window', { localStorage: { getItem: (k: string) => items[k] ?? null, removeItem: (k: string) => void delete items[k] }, dispatchEvent: () => true });
    vi.resetModules();
    const store = await import('@/lib/offline/outbox-store');
    expect((await store.readOutbox('u3')).map((e) => e.id)).toEqual(['ls-1', 'ls-22']);
    expect(items['check-queue:v1']).toBeUndefined();
    vi.unstubAllGlobals();
  });
});
