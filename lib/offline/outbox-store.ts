// Where the outbox and its photos live: the field database (field-db.ts), per signed-in user. Every change is
// one transaction over the user's entries and is announced in this tab (an event) and in the device's other
// tabs (a BroadcastChannel). What earlier versions left (a localStorage queue, the photos' own database) is
// moved in at the first read, losing nothing.
import { openFieldDb, ownerRange, type DevicePhoto } from '@/lib/offline/field-db';
import type { OutboxEntry } from '@/lib/offline/outbox-core';
import { entryFromQueuedCheck, LEGACY_PHOTO_DB, LEGACY_QUEUE_KEY, parseLegacyQueue } from '@/lib/offline/legacy-queue';

const CHANGE = 'outbox-change';
const CHANNEL = 'outbox';

let channel: BroadcastChannel | null = null;
const sharedChannel = () => (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

function announce(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE));
  sharedChannel()?.postMessage('change');
}

export function subscribeToOutbox(onChange: () => void): () => void {
  const shared = sharedChannel();
  window.addEventListener(CHANGE, onChange);
  shared?.addEventListener('message', onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    shared?.removeEventListener('message', onChange);
  };
}

function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The photos of the old database, or null when there is none (opening it must not create it). */
function readLegacyPhotos(): Promise<Array<{ id: string; name: string; blob: Blob }> | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const request = indexedDB.open(LEGACY_PHOTO_DB);
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) request.transaction?.abort();
    };
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('photos')) return (db.close(), resolve([]));
      const all = db.transaction('photos').objectStore('photos').getAll();
      all.onsuccess = () => (db.close(), resolve(all.result as Array<{ id: string; name: string; blob: Blob }>));
      all.onerror = () => (db.close(), resolve(null));
    };
  });
}

let adopted: Promise<void> | null = null;

/**
 * Moves what earlier versions kept into this user's outbox: the localStorage queue (its checks are the reader's,
 * as they were sent by whoever was signed in), and the photos' own database (a photo goes to the user whose entry
 * lists it, else to the reader, whose drafts adopt it). Then the old places are deleted.
 */
async function adoptLegacy(ownerId: string): Promise<void> {
  const storage = localStore();
  const queued = parseLegacyQueue(storage?.getItem(LEGACY_QUEUE_KEY) ?? null);
  const db = await openFieldDb();
  if (queued.length > 0) {
    const tx = db.transaction('outbox', 'readwrite');
    for (const entry of queued) await tx.store.put({ ...entryFromQueuedCheck(entry), ownerId });
    await tx.done;
  }
  storage?.removeItem(LEGACY_QUEUE_KEY);
  const photos = await readLegacyPhotos();
  if (photos === null) return;
  const owners = new Map<string, string>();
  for (const row of await db.getAll('outbox')) for (const id of row.photoIds) owners.set(id, row.ownerId);
  const tx = db.transaction('photos', 'readwrite');
  for (const p of photos) await tx.store.put({ ownerId: owners.get(p.id) ?? ownerId, id: p.id, name: p.name, blob: p.blob, takenAt: Date.now(), uploaded: false });
  await tx.done;
  await new Promise<void>((resolve) => {
    const deletion = indexedDB.deleteDatabase(LEGACY_PHOTO_DB);
    deletion.onsuccess = deletion.onerror = deletion.onblocked = () => resolve();
  });
}

const strip = ({ ownerId: _owner, ...entry }: OutboxEntry & { ownerId: string }): OutboxEntry => entry as OutboxEntry;

/** This user's outbox, oldest first. */
export async function readOutbox(ownerId: string): Promise<OutboxEntry[]> {
  adopted ??= adoptLegacy(ownerId).catch(() => {
    adopted = null;
  });
  await adopted;
  const rows = await (await openFieldDb()).getAll('outbox', ownerRange(ownerId));
  return rows.map(strip).sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Applies `change` to this user's outbox in one transaction (so two tabs never overwrite each other); returns the result. */
export async function updateOutbox(ownerId: string, change: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]> {
  await readOutbox(ownerId);
  const tx = (await openFieldDb()).transaction('outbox', 'readwrite');
  const before = (await tx.store.getAll(ownerRange(ownerId))).map(strip);
  const after = change(before);
  const kept = new Set(after.map((e) => e.id));
  for (const e of before) if (!kept.has(e.id)) await tx.store.delete([ownerId, e.id]);
  for (const e of after) if (before.find((b) => b.id === e.id) !== e) await tx.store.put({ ...e, ownerId });
  await tx.done;
  announce();
  return after.sort((a, b) => a.queuedAt - b.queuedAt);
}

export async function savePhoto(photo: DevicePhoto): Promise<void> {
  await (await openFieldDb()).put('photos', photo);
}

export async function loadPhotos(ownerId: string, ids: readonly string[]): Promise<DevicePhoto[]> {
  const db = await openFieldDb();
  const found = await Promise.all(ids.map((id) => db.get('photos', [ownerId, id])));
  return found.filter((p): p is DevicePhoto => p !== undefined);
}

export async function markPhotos(ownerId: string, ids: readonly string[], uploaded: boolean): Promise<void> {
  const tx = (await openFieldDb()).transaction('photos', 'readwrite');
  for (const id of ids) {
    const photo = await tx.store.get([ownerId, id]);
    if (photo) await tx.store.put({ ...photo, uploaded });
  }
  await tx.done;
}

export async function deletePhotos(ownerId: string, ids: readonly string[]): Promise<void> {
  const tx = (await openFieldDb()).transaction('photos', 'readwrite');
  for (const id of ids) await tx.store.delete([ownerId, id]);
  await tx.done;
}
