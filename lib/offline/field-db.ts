// The field app's store on the device (IndexedDB through idb): what an assessor takes offline and what waits
// to be sent, kept per signed-in user so that a second person on the same phone never sees the first one's
// data. Every record's key starts with the user's id; signing out deletes that user's prepared visits
// (lib/offline/device-data.ts), never the outbox or its photos (docs/decisions/023-device-outbox.md).
// Version 3 replaced the check queue (version 2) with one outbox for checks and findings and took the photos
// in from their own database; the move happens in the upgrade (queue) and at first use (photos and an even older queue, outbox-store.ts).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OfflineVisitBundle } from '@/modules/checks/offline';
import type { OutboxEntry } from '@/lib/offline/outbox-core';
import { entryFromQueuedCheck, type QueuedCheck } from '@/lib/offline/legacy-queue';
import type { FieldFindingBundle } from '@/lib/offline/field-findings';

export type PreparedVisit = {
  ownerId: string;
  visitId: string;
  /** As the server sent it (IndexedDB keeps its dates as dates); the finding parts once the server sends them. */
  bundle: OfflineVisitBundle & Partial<FieldFindingBundle>;
  /** The pages stored for this visit in the page cache (lib/offline/page-cache.ts), to open them offline. */
  pages: string[];
};

export type StoredOutboxEntry = OutboxEntry & { ownerId: string };

/** A photo taken or picked for a record on the device, until that record is sent. */
export type DevicePhoto = {
  ownerId: string;
  id: string;
  name: string;
  blob: Blob;
  /** Device time the photo was taken or picked (ms). */
  takenAt: number;
  /** Whether the server holds it as a staged photo (POST /api/field-photos answered). */
  uploaded: boolean;
};

interface FieldSchema extends DBSchema {
  visits: { key: [string, string]; value: PreparedVisit };
  outbox: { key: [string, string]; value: StoredOutboxEntry };
  photos: { key: [string, string]; value: DevicePhoto };
}

export const FIELD_DB_NAME = 'field-app';
const VERSION = 3;

let opening: Promise<IDBPDatabase<FieldSchema>> | null = null;

export function openFieldDb(): Promise<IDBPDatabase<FieldSchema>> {
  opening ??= openDB<FieldSchema>(FIELD_DB_NAME, VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('visits', { keyPath: ['ownerId', 'visitId'] });
      if (oldVersion >= 3) return;
      db.createObjectStore('outbox', { keyPath: ['ownerId', 'id'] });
      db.createObjectStore('photos', { keyPath: ['ownerId', 'id'] });
      if (oldVersion < 2) return;
      // Version 2's queue, read through the untyped store list: the schema above no longer names it.
      const legacy = (tx as unknown as IDBPTransactionLoose).objectStore('checkQueue');
      const queued = (await legacy.getAll()) as Array<QueuedCheck & { ownerId: string }>;
      for (const row of queued) await tx.objectStore('outbox').put({ ...entryFromQueuedCheck(row), ownerId: row.ownerId });
      db.deleteObjectStore('checkQueue' as never);
    },
    // Another tab opened a newer version: let it upgrade, and open again on the next call.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

type IDBPTransactionLoose = { objectStore(name: string): { getAll(): Promise<unknown[]> } };

/** Every key of this owner's records: [ownerId, …] sorts between [ownerId] and [ownerId, []] (an array sorts after any string). */
export const ownerRange = (ownerId: string) => IDBKeyRange.bound([ownerId], [ownerId, []]);
