// Sending the outbox: for each entry in turn, its photos first (each once the server holds it), then the record;
// each answer settles the entry through the pure rules (outbox-core.ts). Storage, network, clock and locks come
// in as a `device`, so the same loop runs in the browser (outbox-runner.ts) and against a model server in tests.
import { dueEntries, settle, type OutboxEntry, type Refusal, type SendOutcome } from '@/lib/offline/outbox-core';

export type PhotoRef = { id: string; uploaded: boolean };
export type PhotoOutcome = { kind: 'uploaded' } | { kind: 'retry' } | { kind: 'signedOut'; message: string } | { kind: 'refused'; refusal: Refusal };

export type OutboxDevice<P extends PhotoRef> = {
  read(): Promise<OutboxEntry[]>;
  update(change: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]>;
  photos: {
    load(ids: readonly string[]): Promise<P[]>;
    mark(ids: readonly string[], uploaded: boolean): Promise<void>;
    remove(ids: readonly string[]): Promise<void>;
  };
  transport: { uploadPhoto(photo: P): Promise<PhotoOutcome>; send(entry: OutboxEntry): Promise<SendOutcome> };
  now(): number;
  random(): number;
  /** Runs `work` unless another tab or component is attempting this entry (then resolves to null). */
  exclusive<T>(id: string, work: () => Promise<T>): Promise<T | null>;
  /** The refusal of an entry whose photo is gone from the device before the server had it. */
  lostPhotos: (ids: string[]) => Refusal;
};

async function uploadPhotos<P extends PhotoRef>(device: OutboxDevice<P>, entry: OutboxEntry): Promise<SendOutcome | null> {
  const photos = await device.photos.load(entry.photoIds);
  for (const photo of photos) {
    if (photo.uploaded) continue;
    const outcome = await device.transport.uploadPhoto(photo);
    if (outcome.kind !== 'uploaded') return outcome;
    await device.photos.mark([photo.id], true);
  }
  return null;
}

async function attempt<P extends PhotoRef>(device: OutboxDevice<P>, id: string): Promise<SendOutcome | null> {
  const entry = (await device.read()).find((e) => e.id === id);
  if (!entry || entry.state !== 'waiting' || (entry.kind === 'findingEdit' && entry.payload.after !== null)) return null;
  let outcome = (await uploadPhotos(device, entry)) ?? (await device.transport.send(entry));
  if (outcome.kind === 'missingPhotos') {
    const onDevice = new Set((await device.photos.load(outcome.photoIds)).map((p) => p.id));
    const lost = outcome.photoIds.filter((p) => !onDevice.has(p));
    if (lost.length > 0) outcome = { kind: 'refused', refusal: device.lostPhotos(lost) };
    else await device.photos.mark(outcome.photoIds, false);
  }
  const settled = outcome;
  await device.update((entries) => settle(entries, id, settled, device.now(), device.random()));
  if (settled.kind === 'sent') await device.photos.remove(entry.photoIds);
  return settled;
}

/** One attempt at one entry (the form sending what it just queued); null when it was not due or is being tried elsewhere. */
export async function attemptEntry<P extends PhotoRef>(device: OutboxDevice<P>, id: string): Promise<SendOutcome | null> {
  return (await device.exclusive(id, () => attempt(device, id))) ?? null;
}

/**
 * Tries every due entry once, oldest first (an edit freed by its finding's create goes in the same pass);
 * stops at the first sign that the connection or the session is gone: 'stopped', else 'done'.
 */
export async function drainOutbox<P extends PhotoRef>(device: OutboxDevice<P>): Promise<'done' | 'stopped'> {
  const tried = new Set<string>();
  for (;;) {
    const next = dueEntries(await device.read(), device.now()).find((e) => !tried.has(e.id));
    if (!next) return 'done';
    tried.add(next.id);
    const outcome = await attemptEntry(device, next.id);
    if (outcome?.kind === 'retry' || outcome?.kind === 'signedOut') return 'stopped';
  }
}
