// The field app's store on the device (IndexedDB through idb): what an assessor takes offline, kept per
// signed-in user so that a second person on the same phone never sees the first one's data. Every
// record's key starts with the user's id; signing out deletes that user's records (lib/offline/device-data.ts).
// Later stores (the outbox of checks and findings, their photos) are added here as new versions.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OfflineVisitBundle } from '@/modules/checks/offline';

export type PreparedVisit = {
  ownerId: string;
  visitId: string;
  /** As the server sent it (IndexedDB keeps its dates as dates). */
  bundle: OfflineVisitBundle;
  /** The pages stored for this visit in the page cache (lib/offline/page-cache.ts), to open them offline. */
  pages: string[];
};

interface FieldSchema extends DBSchema {
  visits: { key: [string, string]; value: PreparedVisit };
}

export const FIELD_DB_NAME = 'field-app';
const VERSION = 1;

let opening: Promise<IDBPDatabase<FieldSchema>> | null = null;

export function openFieldDb(): Promise<IDBPDatabase<FieldSchema>> {
  opening ??= openDB<FieldSchema>(FIELD_DB_NAME, VERSION, {
    upgrade(db) {
      db.createObjectStore('visits', { keyPath: ['ownerId', 'visitId'] });
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

/** Every key of this owner's records: [ownerId, …] sorts between [ownerId] and [ownerId, []] (an array sorts after any string). */
export const ownerRange = (ownerId: string) => IDBKeyRange.bound([ownerId], [ownerId, []]);
