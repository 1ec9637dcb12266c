// The field app's store on the device (IndexedDB through idb): what an assessor takes offline, kept per
// signed-in user so that a second person on the same phone never sees the first one's data. Every
// record's key starts with the user's id; signing out deletes that user's prepared visits (lib/offline/device-data.ts).
// The queue of checks waiting to be sent (version 2) is kept per user too, and never deleted at sign-out.
// Later stores (the outbox of findings, photos) are added here as new versions.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OfflineVisitBundle } from '@/modules/checks/offline';
import type { TCheckPayload } from '@/modules/checks/schema';

export type PreparedVisit = {
  ownerId: string;
  visitId: string;
  /** As the server sent it (IndexedDB keeps its dates as dates). */
  bundle: OfflineVisitBundle;
  /** The pages stored for this visit in the page cache (lib/offline/page-cache.ts), to open them offline. */
  pages: string[];
};

/** A household or village check waiting to be sent (components/checks/check-queue.ts); its photos are in photo-store.ts. */
export type QueuedCheck = {
  payload: TCheckPayload;
  photoIds: string[];
  /** Household and village (or town and village), to name the check while it waits. */
  label: string;
  /** The draft it came from, to put back into the form if the server refuses it. */
  draft: string;
  queuedAt: number;
  refusal: { message: string; fieldErrors: Record<string, string[]> } | null;
};

export type StoredQueuedCheck = QueuedCheck & { ownerId: string; submissionKey: string };

interface FieldSchema extends DBSchema {
  visits: { key: [string, string]; value: PreparedVisit };
  checkQueue: { key: [string, string]; value: StoredQueuedCheck };
}

export const FIELD_DB_NAME = 'field-app';
const VERSION = 2;

let opening: Promise<IDBPDatabase<FieldSchema>> | null = null;

export function openFieldDb(): Promise<IDBPDatabase<FieldSchema>> {
  opening ??= openDB<FieldSchema>(FIELD_DB_NAME, VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('visits', { keyPath: ['ownerId', 'visitId'] });
      if (oldVersion < 2) db.createObjectStore('checkQueue', { keyPath: ['ownerId', 'submissionKey'] });
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
