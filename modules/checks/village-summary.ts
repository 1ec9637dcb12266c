// TEMP stand-in for the results contract (the village checks helper provides the real one).
import type { Tx } from '@/lib/server/db';
import type { VillageSummary } from '@/modules/results/snapshot';

export async function findVillageSummary(_tx: Tx, _assessment: { id: string; targetRegionId: string }): Promise<VillageSummary> {
  return { checked: 0, meeting: 0, reportedVillagesLiftedOut: null, villages: [] };
}
