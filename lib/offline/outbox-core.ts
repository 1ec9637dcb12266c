// The outbox's rules, free of IndexedDB and the network (the shell around them: outbox-store.ts, outbox-sender.ts):
// what an entry is, what each answer of the server does to it, when it is tried again, in which order entries go,
// how an edit joins a finding that has not been sent, and the one line that sums the outbox up.
// docs/decisions/023-device-outbox.md explains the choices.
import type { FindingSeverity, IndicatorCategory } from '@/lib/generated/prisma/enums';
import type { TCheckPayload } from '@/modules/checks/schema';

export type OutboxState = 'waiting' | 'refused' | 'conflict' | 'sent';
export type Refusal = { message: string; fieldErrors: Record<string, string[]> };
export type Position = { latitude: number; longitude: number; accuracy: number | null };

/** The fields of a finding that the device sets and merges (decision 022). */
export type FindingValues = {
  regionId: string;
  indicatorId: string | null;
  category: IndicatorCategory;
  severity: FindingSeverity;
  title: string;
  description: string;
};

/** What the server holds now, sent back with a stale version (409). */
export type FindingCurrent = { id: string; version: number; status: string; values: FindingValues; updatedAt: string };

export type FieldFindingPayload = {
  submissionKey: string;
  assessmentId: string;
  siteVisitId: string | null;
  checkId: string | null;
  values: FindingValues;
  position: Position | null;
  /** Device time the assessor saved it (ISO). */
  recordedAt: string;
};

export type FindingEditPayload = {
  /** The finding on the server; null while it waits for the entry it builds on (`after`). */
  findingId: string | null;
  /** The device id of the finding's create when it was made on this device (groups its edits). */
  createId: string | null;
  /** The entry (create or edit) this edit waits for; cleared, with findingId and baseVersion set, once that one is sent. */
  after: string | null;
  baseVersion: number | null;
  /** The values the edit was made from, to merge against what the server holds. */
  base: FindingValues;
  values: FindingValues;
};

type Common = {
  /** Made on the device; the record's idempotency key (a check's or finding's submissionKey). */
  id: string;
  visitId: string;
  photoIds: string[];
  /** What the entry is of, to name it while it waits (household and village, a finding's title). */
  label: string;
  /** The form's draft, to put back into the form when the server refuses it. */
  draft: string;
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  state: OutboxState;
  refusal: Refusal | null;
  conflict: { current: FindingCurrent } | null;
  sentAt: number | null;
  serverId: string | null;
  serverVersion: number | null;
};

export type OutboxEntry =
  | (Common & { kind: 'check'; payload: TCheckPayload })
  | (Common & { kind: 'finding'; payload: FieldFindingPayload })
  | (Common & { kind: 'findingEdit'; payload: FindingEditPayload });

export type OutboxKind = OutboxEntry['kind'];

/** What one attempt came to (outbox-http.ts reads it from the server's answer). */
export type SendOutcome =
  | { kind: 'sent'; id: string; version: number | null }
  | { kind: 'retry' }
  | { kind: 'signedOut'; message: string }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'conflict'; current: FindingCurrent }
  | { kind: 'missingPhotos'; photoIds: string[] };

export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 5 * 60_000;
export const SENT_KEPT_MS = 24 * 60 * 60_000;
export const SENT_KEPT_MAX = 50;

/** The wait before attempt `attempts + 1`: 2 s doubling to 5 min, each wait drawn between half and all of it. */
export function backoffMs(attempts: number, random: number): number {
  const full = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(full * (0.5 + random / 2));
}

export function newEntry<K extends OutboxKind>(
  fields: Pick<Common, 'id' | 'visitId' | 'photoIds' | 'label' | 'draft'> & { kind: K; payload: Extract<OutboxEntry, { kind: K }>['payload'] },
  now: number,
): OutboxEntry {
  return {
    ...fields,
    queuedAt: now,
    attempts: 0,
    nextAttemptAt: now,
    state: 'waiting',
    refusal: null,
    conflict: null,
    sentAt: null,
    serverId: null,
    serverVersion: null,
  } as OutboxEntry;
}

const byQueue = (a: OutboxEntry, b: OutboxEntry) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id);
const blocked = (e: OutboxEntry) => e.kind === 'findingEdit' && e.payload.after !== null;

/** Entries that may be tried now, oldest first: waiting, their time come, and not waiting for another entry. */
export function dueEntries(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.filter((e) => e.state === 'waiting' && !blocked(e) && e.nextAttemptAt <= now).sort(byQueue);
}

/** When the next waiting entry may be tried; null when none can be (none waits, or all wait for others). */
export function nextAttemptAt(entries: readonly OutboxEntry[]): number | null {
  const times = entries.filter((e) => e.state === 'waiting' && !blocked(e)).map((e) => e.nextAttemptAt);
  return times.length > 0 ? Math.min(...times) : null;
}

/** Back online: every waiting entry may go at once, and its waits start again from the shortest. */
export function resetBackoff(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.map((e) => (e.state === 'waiting' ? { ...e, attempts: 0, nextAttemptAt: Math.min(e.nextAttemptAt, now) } : e));
}

export function findingValuesOf(entry: OutboxEntry): FindingValues | null {
  if (entry.kind === 'finding') return entry.payload.values;
  if (entry.kind === 'findingEdit') return entry.payload.values;
  return null;
}

export const sameFindingValues = (a: FindingValues, b: FindingValues) =>
  (Object.keys(a) as Array<keyof FindingValues>).every((k) => (a[k] ?? null) === (b[k] ?? null));

/** Entries that build on this one, and on those, in order. */
function dependentsOf(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  const found: OutboxEntry[] = [];
  let frontier = [id];
  while (frontier.length > 0) {
    const next = entries.filter((e) => e.kind === 'findingEdit' && e.payload.after !== null && frontier.includes(e.payload.after));
    found.push(...next);
    frontier = next.map((e) => e.id);
  }
  return found;
}

/** The outbox after an attempt at entry `id` came to `outcome`. */
export function settle(entries: readonly OutboxEntry[], id: string, outcome: SendOutcome, now: number, random: number): OutboxEntry[] {
  const entry = entries.find((e) => e.id === id);
  if (!entry || entry.state !== 'waiting' || outcome.kind === 'signedOut') return [...entries];
  let result: SendOutcome = outcome;
  // A stale version whose server values are exactly mine: my own edit arrived earlier and its answer was lost.
  if (outcome.kind === 'conflict' && entry.kind === 'findingEdit' && sameFindingValues(outcome.current.values, entry.payload.values)) {
    result = { kind: 'sent', id: outcome.current.id, version: outcome.current.version };
  }
  const attempts = entry.attempts + 1;
  let updated: OutboxEntry;
  switch (result.kind) {
    case 'sent':
      updated = { ...entry, attempts, state: 'sent', sentAt: now, serverId: result.id, serverVersion: result.version, refusal: null, conflict: null };
      break;
    case 'retry':
      updated = { ...entry, attempts, nextAttemptAt: now + backoffMs(attempts, random) };
      break;
    case 'missingPhotos':
      // The shell marks the photos for upload again; the first retry comes at once, later ones back off.
      updated = { ...entry, attempts, nextAttemptAt: attempts <= 1 ? now : now + backoffMs(attempts - 1, random) };
      break;
    case 'refused':
      updated = { ...entry, attempts, state: 'refused', refusal: result.refusal };
      break;
    case 'conflict':
      updated = { ...entry, attempts, state: 'conflict', conflict: { current: result.current } };
      break;
  }
  const sent = updated.state === 'sent' ? updated : null;
  return entries.map((e) => {
    if (e.id === id) return updated;
    if (sent && e.kind === 'findingEdit' && e.payload.after === id) {
      const findingId = sent.kind === 'findingEdit' ? (sent.payload.findingId ?? sent.serverId) : sent.serverId;
      return { ...e, payload: { ...e.payload, after: null, findingId, baseVersion: sent.serverVersion } };
    }
    return e;
  });
}

/** Which finding an entry is of: the device id of its create, or the server's id. */
export function findingKeyOf(entry: OutboxEntry): string | null {
  if (entry.kind === 'finding') return entry.id;
  if (entry.kind === 'findingEdit') return entry.payload.createId ?? entry.payload.findingId;
  return null;
}

export type FindingEditRequest = {
  id: string;
  /** The finding being edited: made on this device (createId) or on the server (findingId, with its version and values). */
  createId: string | null;
  findingId: string | null;
  baseVersion: number | null;
  base: FindingValues;
  values: FindingValues;
  photoIds: string[];
  visitId: string;
  label: string;
  draft: string;
};

/**
 * The outbox with an edit of a finding added. An edit of an entry never yet tried just replaces what that entry
 * will send; once tried, the edit goes on top of it and waits for it. With nothing unsent, the edit starts from
 * the newest version this device knows (a sent entry's answer, or the caller's).
 */
export function addFindingEdit(entries: readonly OutboxEntry[], edit: FindingEditRequest, now: number): OutboxEntry[] {
  const key = edit.createId ?? edit.findingId;
  const serverId = edit.findingId;
  const mine = entries.filter((e) => {
    const k = findingKeyOf(e);
    return k !== null && (k === key || (serverId !== null && (k === serverId || e.serverId === serverId)));
  });
  const pending = mine.filter((e) => e.state !== 'sent').sort(byQueue).at(-1);
  const photoIds = (e: OutboxEntry) => [...e.photoIds, ...edit.photoIds.filter((p) => !e.photoIds.includes(p))];
  if (pending && pending.attempts === 0 && pending.state === 'waiting') {
    return entries.map((e): OutboxEntry => {
      if (e.id !== pending.id) return e;
      if (e.kind === 'finding') return { ...e, payload: { ...e.payload, values: edit.values }, photoIds: photoIds(e), label: edit.label, draft: edit.draft };
      if (e.kind === 'findingEdit') return { ...e, payload: { ...e.payload, values: edit.values }, photoIds: photoIds(e), label: edit.label, draft: edit.draft };
      return e;
    });
  }
  const createId = edit.createId ?? mine.find((e) => e.kind === 'finding')?.id ?? null;
  const common = { id: edit.id, visitId: edit.visitId, photoIds: edit.photoIds, label: edit.label, draft: edit.draft };
  if (pending) {
    const base = findingValuesOf(pending) ?? edit.base;
    return [...entries, newEntry({ ...common, kind: 'findingEdit', payload: { findingId: serverId, createId, after: pending.id, baseVersion: null, base, values: edit.values } }, now)];
  }
  const newest = mine
    .filter((e) => e.state === 'sent' && e.serverVersion !== null)
    .sort((a, b) => (b.serverVersion ?? 0) - (a.serverVersion ?? 0))[0];
  const fromDevice = newest && (edit.baseVersion === null || (newest.serverVersion ?? 0) > edit.baseVersion) ? newest : null;
  const payload: FindingEditPayload = fromDevice
    ? { findingId: fromDevice.kind === 'findingEdit' ? fromDevice.payload.findingId : fromDevice.serverId, createId, after: null, baseVersion: fromDevice.serverVersion, base: findingValuesOf(fromDevice) ?? edit.base, values: edit.values }
    : { findingId: serverId, createId, after: null, baseVersion: edit.baseVersion, base: edit.base, values: edit.values };
  return [...entries, newEntry({ ...common, kind: 'findingEdit', payload }, now)];
}

export type ConflictChoice = { keep: 'mine' } | { keep: 'theirs' } | { keep: 'merged'; values: FindingValues };

/** The outbox after the user settled a conflict: mine (or the merge) goes again over the server's version; theirs drops the edit and what builds on it. */
export function resolveConflict(entries: readonly OutboxEntry[], id: string, choice: ConflictChoice, now: number): OutboxEntry[] {
  const entry = entries.find((e) => e.id === id);
  if (!entry || entry.kind !== 'findingEdit' || entry.state !== 'conflict' || !entry.conflict) return [...entries];
  if (choice.keep === 'theirs') return withoutEntry(entries, id).remaining;
  const { current } = entry.conflict;
  const values = choice.keep === 'merged' ? choice.values : entry.payload.values;
  const payload: FindingEditPayload = { ...entry.payload, findingId: current.id, baseVersion: current.version, base: current.values, values };
  return entries.map((e) => (e.id === id ? { ...entry, payload, state: 'waiting', conflict: null, attempts: 0, nextAttemptAt: now } : e));
}

/** Takes an entry out (to correct a refusal in its form, or to drop it), with the edits that build on it. */
export function withoutEntry(entries: readonly OutboxEntry[], id: string): { remaining: OutboxEntry[]; taken: OutboxEntry[] } {
  const entry = entries.find((e) => e.id === id);
  if (!entry) return { remaining: [...entries], taken: [] };
  const taken = [entry, ...dependentsOf(entries, id)];
  return { remaining: entries.filter((e) => !taken.includes(e)), taken };
}

/** Sent entries no longer shown: older than a day, or beyond the newest 50. */
export function expiredSent(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  const sent = entries.filter((e) => e.state === 'sent').sort((a, b) => (b.sentAt ?? 0) - (a.sentAt ?? 0));
  return sent.filter((e, i) => i >= SENT_KEPT_MAX || now - (e.sentAt ?? 0) > SENT_KEPT_MS);
}

export const isUnsent = (e: OutboxEntry) => e.state !== 'sent';
