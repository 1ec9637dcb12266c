// TEMP stand-in for the results contract (the paired-assistance helper provides the real one).
import type { Tx } from '@/lib/server/db';
import type { PairedCrossCheckRow } from '@/modules/results/snapshot';

export async function findPairedCrossCheck(_tx: Tx, _assessmentId: string): Promise<PairedCrossCheckRow[]> {
  return [];
}
