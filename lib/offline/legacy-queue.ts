// What earlier versions kept on the device, and how it becomes outbox entries: the check queue (IndexedDB store
// `checkQueue` of version 2, and before that one localStorage list) and the photos of their own database.
import { newEntry, type OutboxEntry } from '@/lib/offline/outbox-core';
import type { TCheckPayload } from '@/modules/checks/schema';

/** A check as the version-2 queue kept it. */
export type QueuedCheck = {
  payload: TCheckPayload;
  photoIds: string[];
  label: string;
  draft: string;
  queuedAt: number;
  refusal: { message: string; fieldErrors: Record<string, string[]> } | null;
};

/** Where the queue was kept before IndexedDB (one list for the browser). */
export const LEGACY_QUEUE_KEY = 'check-queue:v1';
/** The photos' own database before version 3 of the field database. */
export const LEGACY_PHOTO_DB = 'household-checks';

export function entryFromQueuedCheck(queued: QueuedCheck): OutboxEntry {
  const entry = newEntry(
    { kind: 'check', id: queued.payload.submissionKey, visitId: queued.payload.siteVisitId, payload: queued.payload, photoIds: queued.photoIds, label: queued.label, draft: queued.draft },
    queued.queuedAt,
  );
  return queued.refusal ? { ...entry, state: 'refused', refusal: queued.refusal } : entry;
}

export function parseLegacyQueue(raw: string | null): QueuedCheck[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as QueuedCheck[]).filter((e) => typeof e?.payload?.submissionKey === 'string') : [];
  } catch {
    return []; // unreadable: nothing to move
  }
}
