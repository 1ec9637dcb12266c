// Sending the checks that wait on the device (their store: lib/offline/check-queue-store.ts, per signed-in
// user; their photos in IndexedDB too). A check is queued before the first attempt, so a connection lost
// mid-send loses nothing; the server's submission key makes every retry safe. Refused checks stay listed
// with the reason.
import type { ActionResult } from '@/lib/app-error';
import type { TCheckPayload } from '@/modules/checks/schema';
import type { QueuedCheck } from '@/lib/offline/field-db';
import { dequeue, markRefused, readQueue } from '@/lib/offline/check-queue-store';
import type { CheckSubject } from '@/components/checks/check-draft';
import { deletePhotos, loadPhotos, type StoredPhoto } from '@/components/checks/photo-store';

export type SendOutcome =
  | { kind: 'sent'; id: string }
  | { kind: 'offline' }
  | { kind: 'signedOut'; message: string }
  | { kind: 'refused'; message: string; fieldErrors: Record<string, string[]> };

const keyOf = (entry: QueuedCheck) => entry.payload.submissionKey;

/** The draft of a check of this household (or village) that the server refused, to open it again in the form. */
export async function refusedDraftRaw(ownerId: string, visitId: string, subject: CheckSubject): Promise<string | null> {
  const same = (p: TCheckPayload) => (p.householdId ?? null) === subject.householdId && (p.villageId ?? null) === subject.villageId;
  const entry = (await readQueue(ownerId)).find((e) => e.refusal && e.payload.siteVisitId === visitId && same(e.payload));
  if (!entry?.refusal) return null;
  try {
    return JSON.stringify({ ...(JSON.parse(entry.draft) as object), refusal: entry.refusal.message });
  } catch {
    return null;
  }
}

/** The photo as the server stages it: the device's id, the SHA-256 of its bytes, the file. */
async function photoForm(photo: StoredPhoto): Promise<FormData> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await photo.blob.arrayBuffer()));
  const body = new FormData();
  body.append('id', photo.id);
  body.append('sha256', [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
  body.append('file', photo.blob, photo.name);
  return body;
}

async function attempt(url: string, init: RequestInit): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', ...init });
  } catch {
    return { kind: 'offline' };
  }
  // A gateway between the phone and the server gave up: the connection, not the check.
  if ([502, 503, 504].includes(response.status)) return { kind: 'offline' };
  const result = (await response.json().catch(() => null)) as ActionResult<{ id: string }> | null;
  if (!result) return { kind: 'offline' };
  if (result.ok) return { kind: 'sent', id: result.data.id };
  if (result.code === 'UNAUTHENTICATED') return { kind: 'signedOut', message: result.message };
  return { kind: 'refused', message: result.message, fieldErrors: result.fieldErrors ?? {} };
}

/** Each photo first (a photo already received is answered as such), then the check naming them. */
async function post(entry: QueuedCheck): Promise<SendOutcome> {
  const photos = await loadPhotos(entry.photoIds);
  for (const photo of photos) {
    const outcome = await attempt('/api/field-photos', { body: await photoForm(photo) });
    if (outcome.kind !== 'sent') return outcome;
  }
  const body = JSON.stringify({ ...entry.payload, photoIds: photos.map((p) => p.id), deviceSentAt: new Date().toISOString() });
  return attempt('/api/checks', { headers: { 'content-type': 'application/json' }, body });
}

// One attempt per check at a time, however many components ask (the form, the queue runner).
const inFlight = new Map<string, Promise<SendOutcome>>();

/** Sends one queued check; on success it leaves the queue (and its photos the device), on refusal it is marked. */
export function sendQueued(ownerId: string, entry: QueuedCheck): Promise<SendOutcome> {
  const key = keyOf(entry);
  const running = inFlight.get(key);
  if (running) return running;
  const attempt = post(entry)
    .then(async (outcome) => {
      if (outcome.kind === 'sent') {
        await dequeue(ownerId, key);
        await deletePhotos(entry.photoIds);
      }
      if (outcome.kind === 'refused') await markRefused(ownerId, key, { message: outcome.message, fieldErrors: outcome.fieldErrors });
      return outcome;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, attempt);
  return attempt;
}

/** Sends every waiting check in turn; stops at the first sign that the connection (or the session) is gone. */
export async function flushQueue(ownerId: string, onSent?: (id: string) => void): Promise<void> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return;
  for (const entry of (await readQueue(ownerId)).filter((e) => !e.refusal)) {
    const outcome = await sendQueued(ownerId, entry);
    if (outcome.kind === 'offline' || outcome.kind === 'signedOut') return;
    if (outcome.kind === 'sent') onSent?.(outcome.id);
  }
}
