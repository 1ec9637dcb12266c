// The device store keeps each user's prepared visits apart (fake-indexeddb: IndexedDB's behaviour,
// including compound keys and key ranges, in Node).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OfflineVisitBundle } from '@/modules/checks/offline';
import { openFieldDb } from '@/lib/offline/field-db';
import { deleteOtherOwnersVisits, deleteOwnerVisits, findPreparedVisits, getPreparedVisit, savePreparedVisit } from '@/lib/offline/prepared-visits';

function bundle(visitId: string, households: number): OfflineVisitBundle {
  return {
    visit: { id: visitId } as OfflineVisitBundle['visit'],
    households: Array.from({ length: households }, (_, i) => ({ id: `${visitId}-h${i}` }) as OfflineVisitBundle['households'][number]),
    templates: [],
    preparedAt: new Date('2026-12-05T00:12:00Z'),
  };
}

const save = (ownerId: string, visitId: string, households = 2) => savePreparedVisit({ ownerId, visitId, bundle: bundle(visitId, households), pages: [`/site-visits/${visitId}`] });
const visitIds = async (ownerId: string) => (await findPreparedVisits(ownerId)).map((v) => v.visitId).sort();

beforeEach(async () => {
  await (await openFieldDb()).clear('visits');
});

describe('prepared visits', () => {
  it('keeps each user apart, even when one id is a prefix of the other', async () => {
    await save('u1', 'v1');
    await save('u1', 'v2');
    await save('u10', 'v1', 5);
    await save('u', 'v3');
    expect(await visitIds('u1')).toEqual(['v1', 'v2']);
    expect(await visitIds('u10')).toEqual(['v1']);
    expect(await visitIds('u')).toEqual(['v3']);
    expect((await getPreparedVisit('u10', 'v1'))?.bundle.households).toHaveLength(5);
    expect(await getPreparedVisit('u2', 'v1')).toBeNull();
  });

  it('keeps dates as dates, and a second preparation replaces the first', async () => {
    await save('u1', 'v1', 2);
    await save('u1', 'v1', 7);
    const stored = await getPreparedVisit('u1', 'v1');
    expect(stored?.bundle.households).toHaveLength(7);
    expect(stored?.bundle.preparedAt).toBeInstanceOf(Date);
    expect(stored?.bundle.preparedAt.toISOString()).toBe('2026-12-05T00:12:00.000Z');
    expect(await visitIds('u1')).toEqual(['v1']);
  });

  it("signing out deletes only that user's visits", async () => {
    await save('u1', 'v1');
    await save('u1', 'v2');
    await save('u10', 'v1');
    await deleteOwnerVisits('u1');
    expect(await visitIds('u1')).toEqual([]);
    expect(await visitIds('u10')).toEqual(['v1']);
  });

  it("signing in deletes every other user's visits", async () => {
    await save('u1', 'v1');
    await save('u2', 'v1');
    await save('u3', 'v2');
    await deleteOtherOwnersVisits('u2');
    expect(await visitIds('u1')).toEqual([]);
    expect(await visitIds('u3')).toEqual([]);
    expect(await visitIds('u2')).toEqual(['v1']);
  });
});
