// The outbox in the browser: the sender (outbox-sender.ts) over this user's IndexedDB store and the network,
// with one attempt per entry at a time however many components and tabs ask (a promise per entry in this tab,
// a Web Lock per entry across the device's tabs; the BroadcastChannel of outbox-store.ts tells the others).
import type { DevicePhoto } from '@/lib/offline/field-db';
import { expiredSent, resetBackoff, withoutEntry, type OutboxEntry, type SendOutcome } from '@/lib/offline/outbox-core';
import { sendEntry, uploadPhoto } from '@/lib/offline/outbox-http';
import { attemptEntry, drainOutbox, type OutboxDevice } from '@/lib/offline/outbox-sender';
import { deletePhotos, loadPhotos, markPhotos, readOutbox, updateOutbox } from '@/lib/offline/outbox-store';

const inFlight = new Map<string, Promise<unknown>>();

function exclusive<T>(key: string, work: () => Promise<T>): Promise<T | null> {
  if (inFlight.has(key)) return Promise.resolve(null);
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const run: Promise<T | null> = locks
    ? (locks.request(`outbox:${key}`, { ifAvailable: true }, async (lock) => (lock ? await work() : null)) as Promise<T | null>)
    : work();
  const tracked = run.finally(() => inFlight.delete(key));
  inFlight.set(key, tracked);
  return tracked;
}

function deviceOf(ownerId: string, lostPhotosMessage: string): OutboxDevice<DevicePhoto> {
  return {
    read: () => readOutbox(ownerId),
    update: (change) => updateOutbox(ownerId, change),
    photos: {
      load: (ids) => loadPhotos(ownerId, ids),
      mark: (ids, uploaded) => markPhotos(ownerId, ids, uploaded),
      remove: (ids) => deletePhotos(ownerId, ids),
    },
    transport: { uploadPhoto, send: sendEntry },
    now: () => Date.now(),
    random: () => Math.random(),
    exclusive: (id, work) => exclusive(`${ownerId}:${id}`, work),
    lostPhotos: (ids) => ({ message: lostPhotosMessage, fieldErrors: { photoIds: ids.map(() => lostPhotosMessage) } }),
  };
}

/** Adds (or replaces, by id) entries of this user's outbox. */
export async function enqueueEntries(ownerId: string, entries: readonly OutboxEntry[]): Promise<void> {
  const ids = new Set(entries.map((e) => e.id));
  await updateOutbox(ownerId, (all) => [...all.filter((e) => !ids.has(e.id)), ...entries]);
}

/** Sends one entry now (the form that just queued it); null when it is not due or already being sent. */
export function sendEntryNow(ownerId: string, id: string, lostPhotosMessage: string): Promise<SendOutcome | null> {
  return attemptEntry(deviceOf(ownerId, lostPhotosMessage), id);
}

/** Sends what is due, oldest first, and forgets sent entries older than a day (or beyond the newest 50). */
export async function drainOwnerOutbox(ownerId: string, lostPhotosMessage: string): Promise<void> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return;
  await exclusive(`${ownerId}:drain`, async () => {
    await drainOutbox(deviceOf(ownerId, lostPhotosMessage));
    const now = Date.now();
    const expired = expiredSent(await readOutbox(ownerId), now);
    if (expired.length > 0) await updateOutbox(ownerId, (all) => all.filter((e) => !expired.some((x) => x.id === e.id)));
  });
}

/** The network is back: every waiting entry goes at once, its waits starting again from the shortest. */
export async function retryAllNow(ownerId: string, lostPhotosMessage: string): Promise<void> {
  await updateOutbox(ownerId, (all) => resetBackoff(all, Date.now()));
  await drainOwnerOutbox(ownerId, lostPhotosMessage);
}

/** Takes an entry out of the outbox (with the edits that build on it): its form has it back, or the user dropped it. */
export async function takeBackEntry(ownerId: string, id: string): Promise<OutboxEntry[]> {
  let taken: OutboxEntry[] = [];
  await updateOutbox(ownerId, (all) => {
    const split = withoutEntry(all, id);
    taken = split.taken;
    return split.remaining;
  });
  return taken;
}
