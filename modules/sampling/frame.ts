// Loads a roster snapshot as a sampling frame, with the hash recomputed from the stored rows.
import type { Db, Tx } from '@/lib/server/db';
import { rosterHash } from '@/modules/households/roster-hash';
import type { SamplingFrame } from '@/modules/sampling/rules';

export async function loadSamplingFrame(db: Db | Tx, rosterImportId: string) {
  const households = await db.household.findMany({
    where: { rosterImportId },
    select: { id: true, code: true, regionId: true, size: true, status: true, hasDisabledMember: true, ableToWork: true, incomePerCapita: true },
  });
  const villageIds = [...new Set(households.map((h) => h.regionId))];
  const villages = await db.region.findMany({
    where: { id: { in: villageIds } },
    select: { id: true, code: true, isDesignatedPoorVillage: true, parent: { select: { code: true } } },
  });
  const villageById = new Map(villages.map((v) => [v.id, v]));
  const villageCode = (id: string) => villageById.get(id)!.code;
  const frame: SamplingFrame = {
    villages: villages.map((v) => ({ code: v.code, townCode: v.parent?.code ?? '', designated: v.isDesignatedPoorVillage })),
    households: households.map((h) => ({ code: h.code, villageCode: villageCode(h.regionId), status: h.status, hasDisabledMember: h.hasDisabledMember, ableToWork: h.ableToWork })),
  };
  const recomputedHash = rosterHash(
    households.map((h) => ({ ...h, villageCode: villageCode(h.regionId), incomePerCapita: h.incomePerCapita === null ? null : h.incomePerCapita.toFixed(2) })),
  );
  return { frame, recomputedHash, householdIdByCode: new Map(households.map((h) => [h.code, h.id])) };
}
