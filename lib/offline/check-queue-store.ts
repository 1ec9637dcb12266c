// Where checks wait to be sent: the field app's IndexedDB (field-db.ts), per signed-in user, oldest first.
// A second person on the device neither sees nor sends the first one's checks; they wait for that person.
// Every change is announced in this tab (an event) and in the device's other tabs (a BroadcastChannel).
import { openFieldDb, ownerRange, type QueuedCheck } from '@/lib/offline/field-db';

const CHANGE = 'check-queue-change';
const CHANNEL = 'check-queue';
/** Where earlier versions kept the queue (one list for the browser, not per user). */
const LEGACY_KEY = 'check-queue:v1';

let channel: BroadcastChannel | null = null;
const sharedChannel = () => (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

function announce(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE));
  sharedChannel()?.postMessage('change');
}

function legacyStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Moves a queue left in localStorage by an earlier version into this user's queue, once. */
async function adoptLegacyQueue(ownerId: string): Promise<void> {
  const storage = legacyStorage();
  const raw = storage?.getItem(LEGACY_KEY);
  if (!storage || !raw) return;
  let entries: QueuedCheck[] = [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) entries = parsed as QueuedCheck[];
  } catch {
    // unreadable: nothing to move
  }
  const tx = (await openFieldDb()).transaction('checkQueue', 'readwrite');
  for (const entry of entries) await tx.store.put({ ...entry, ownerId, submissionKey: entry.payload.submissionKey });
  await tx.done;
  storage.removeItem(LEGACY_KEY);
}

export async function readQueue(ownerId: string): Promise<QueuedCheck[]> {
  await adoptLegacyQueue(ownerId);
  const rows = await (await openFieldDb()).getAll('checkQueue', ownerRange(ownerId));
  return rows.sort((a, b) => a.queuedAt - b.queuedAt).map(({ ownerId: _owner, submissionKey: _key, ...entry }) => entry);
}

/** Adds a check, or replaces the one with the same submission key (it then counts as queued now). */
export async function enqueue(ownerId: string, entry: QueuedCheck): Promise<void> {
  await (await openFieldDb()).put('checkQueue', { ...entry, ownerId, submissionKey: entry.payload.submissionKey });
  announce();
}

export async function dequeue(ownerId: string, submissionKey: string): Promise<void> {
  await (await openFieldDb()).delete('checkQueue', [ownerId, submissionKey]);
  announce();
}

export async function markRefused(ownerId: string, submissionKey: string, refusal: QueuedCheck['refusal']): Promise<void> {
  const tx = (await openFieldDb()).transaction('checkQueue', 'readwrite');
  const entry = await tx.store.get([ownerId, submissionKey]);
  if (entry) await tx.store.put({ ...entry, refusal });
  await tx.done;
  announce();
}

export function subscribeToQueue(onChange: () => void): () => void {
  const shared = sharedChannel();
  window.addEventListener(CHANGE, onChange);
  shared?.addEventListener('message', onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    shared?.removeEventListener('message', onChange);
  };
}
