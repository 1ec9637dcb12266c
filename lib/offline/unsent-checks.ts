// Whether signing out would leave the signed-in user's work unsent: checks waiting in this device's queue,
// and checks the server refused (they still need correcting and sending). Another user's queue on the same
// device never counts: it waits for that user. Sign-out never deletes the queue (docs/decisions/021); this
// only decides whether the person is told first.
import type { QueuedCheck } from '@/lib/offline/field-db';
import { readQueue } from '@/lib/offline/check-queue-store';

export type UnsentChecks = { waiting: number; refused: number };

/** The counts of a queue, or null when nothing is unsent (signing out can go ahead). */
export function countUnsent(entries: QueuedCheck[]): UnsentChecks | null {
  const refused = entries.filter((e) => e.refusal).length;
  const waiting = entries.length - refused;
  return entries.length > 0 ? { waiting, refused } : null;
}

/** This user's unsent checks on this device; storage that cannot be opened holds none. */
export async function findUnsentChecks(ownerId: string | null): Promise<UnsentChecks | null> {
  if (!ownerId) return null;
  try {
    return countUnsent(await readQueue(ownerId));
  } catch {
    return null;
  }
}
