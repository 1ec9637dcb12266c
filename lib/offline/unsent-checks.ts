// Whether signing out would leave the signed-in user's work unsent: entries of this device's outbox that wait,
// that the server refused (they still need correcting and sending) or that met a newer version on the server.
// Another user's outbox on the same device never counts: it waits for that user. Sign-out never deletes the
// outbox (docs/decisions/023); this only decides whether the person is told first.
import type { OutboxEntry } from '@/lib/offline/outbox-core';
import { readOutbox } from '@/lib/offline/outbox-store';

export type UnsentChecks = { waiting: number; refused: number; conflict: number };

/** The counts of an outbox, or null when nothing is unsent (signing out can go ahead). */
export function countUnsent(entries: readonly OutboxEntry[]): UnsentChecks | null {
  const count = (state: OutboxEntry['state']) => entries.filter((e) => e.state === state).length;
  const unsent = { waiting: count('waiting'), refused: count('refused'), conflict: count('conflict') };
  return unsent.waiting + unsent.refused + unsent.conflict > 0 ? unsent : null;
}

/** This user's unsent entries on this device; storage that cannot be opened holds none. */
export async function findUnsentChecks(ownerId: string | null): Promise<UnsentChecks | null> {
  if (!ownerId) return null;
  try {
    return countUnsent(await readOutbox(ownerId));
  } catch {
    return null;
  }
}
