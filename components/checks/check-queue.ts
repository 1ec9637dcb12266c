// Checks waiting to be sent, kept in localStorage (their photos in IndexedDB) until the server has
// them. A check is queued before the first attempt, so a connection lost mid-send loses nothing;
// the server's submission key makes every retry safe. Refused checks stay listed with the reason.
import type { ActionResult } from '@/lib/app-error';
import type { TCheckPayload } from '@/modules/checks/schema';
import { storage, type CheckSubject } from '@/components/checks/check-draft';
import { deletePhotos, loadPhotos } from '@/components/checks/photo-store';

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

export type SendOutcome =
  | { kind: 'sent'; id: string }
  | { kind: 'offline' }
  | { kind: 'signedOut'; message: string }
  | { kind: 'refused'; message: string; fieldErrors: Record<string, string[]> };

const KEY = 'check-queue:v1';
const CHANGE = 'check-queue-change';

export function readQueueRaw(): string {
  return storage()?.getItem(KEY) ?? '[]';
}

export function parseQueue(raw: string): QueuedCheck[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as QueuedCheck[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(entries: QueuedCheck[]): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(entries));
  } finally {
    window.dispatchEvent(new Event(CHANGE));
  }
}

const keyOf = (entry: QueuedCheck) => entry.payload.submissionKey;

export function enqueue(entry: QueuedCheck): void {
  writeQueue([...parseQueue(readQueueRaw()).filter((e) => keyOf(e) !== keyOf(entry)), entry]);
}

export function dequeue(submissionKey: string): void {
  writeQueue(parseQueue(readQueueRaw()).filter((e) => keyOf(e) !== submissionKey));
}

function markRefused(submissionKey: string, refusal: QueuedCheck['refusal']): void {
  writeQueue(parseQueue(readQueueRaw()).map((e) => (keyOf(e) === submissionKey ? { ...e, refusal } : e)));
}

/** The draft of a check of this household (or village) that the server refused, to open it again in the form. */
export function refusedDraftRaw(visitId: string, subject: CheckSubject): string | null {
  const same = (p: TCheckPayload) => (p.householdId ?? null) === subject.householdId && (p.villageId ?? null) === subject.villageId;
  const entry = parseQueue(readQueueRaw()).find((e) => e.refusal && e.payload.siteVisitId === visitId && same(e.payload));
  if (!entry?.refusal) return null;
  try {
    return JSON.stringify({ ...(JSON.parse(entry.draft) as object), refusal: entry.refusal.message });
  } catch {
    return null;
  }
}

export function subscribeToQueue(onChange: () => void): () => void {
  window.addEventListener(CHANGE, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener('storage', onChange);
  };
}

async function post(entry: QueuedCheck): Promise<SendOutcome> {
  const body = new FormData();
  body.append('payload', JSON.stringify(entry.payload));
  for (const photo of await loadPhotos(entry.photoIds)) body.append('photos', photo.blob, photo.name);
  let response: Response;
  try {
    response = await fetch('/api/checks', { method: 'POST', body });
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

// One attempt per check at a time, however many components ask (the form, the queue runner).
const inFlight = new Map<string, Promise<SendOutcome>>();

/** Sends one queued check; on success it leaves the queue (and its photos the device), on refusal it is marked. */
export function sendQueued(entry: QueuedCheck): Promise<SendOutcome> {
  const key = keyOf(entry);
  const running = inFlight.get(key);
  if (running) return running;
  const attempt = post(entry)
    .then(async (outcome) => {
      if (outcome.kind === 'sent') {
        dequeue(key);
        await deletePhotos(entry.photoIds);
      }
      if (outcome.kind === 'refused') markRefused(key, { message: outcome.message, fieldErrors: outcome.fieldErrors });
      return outcome;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, attempt);
  return attempt;
}

/** Sends every waiting check in turn; stops at the first sign that the connection (or the session) is gone. */
export async function flushQueue(onSent?: (id: string) => void): Promise<void> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return;
  for (const entry of parseQueue(readQueueRaw()).filter((e) => !e.refusal)) {
    const outcome = await sendQueued(entry);
    if (outcome.kind === 'offline' || outcome.kind === 'signedOut') return;
    if (outcome.kind === 'sent') onSent?.(outcome.id);
  }
}
