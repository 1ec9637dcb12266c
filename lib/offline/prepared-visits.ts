// Visits prepared for offline on this device, per signed-in user (field-db.ts).
import { openFieldDb, ownerRange, type PreparedVisit } from '@/lib/offline/field-db';

export async function savePreparedVisit(visit: PreparedVisit): Promise<void> {
  await (await openFieldDb()).put('visits', visit);
}

export async function getPreparedVisit(ownerId: string, visitId: string): Promise<PreparedVisit | null> {
  return (await (await openFieldDb()).get('visits', [ownerId, visitId])) ?? null;
}

export async function findPreparedVisits(ownerId: string): Promise<PreparedVisit[]> {
  return (await openFieldDb()).getAll('visits', ownerRange(ownerId));
}

/** Deletes the visits this user prepared (at sign-out). */
export async function deleteOwnerVisits(ownerId: string): Promise<void> {
  await (await openFieldDb()).delete('visits', ownerRange(ownerId));
}

/** Deletes the visits other users prepared on this device (at sign-in of this one): they can prepare them again. */
export async function deleteOtherOwnersVisits(ownerId: string): Promise<void> {
  const db = await openFieldDb();
  const tx = db.transaction('visits', 'readwrite');
  for (const [owner, visitId] of await tx.store.getAllKeys()) if (owner !== ownerId) await tx.store.delete([owner, visitId]);
  await tx.done;
}
