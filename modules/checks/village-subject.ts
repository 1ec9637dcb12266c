// The villages a site visit checks ("eight haves"): the villages of the households on its list and the
// villages its samples drew, within the visited county. A village check is recorded for one of them,
// once per visit: a second check of a checked village is refused (the first one stands; a correction
// is a finding, not a silent second verdict). A partial unique index in the database backs this up.
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';

export type VisitVillage = { id: string; code: string; name: string; town: string | null };

function sampledCodes(results: readonly { result: unknown }[]): string[] {
  return results.flatMap(({ result }) => {
    const villages = typeof result === 'object' && result !== null ? (result as { villages?: unknown }).villages : null;
    return Array.isArray(villages) ? villages.filter((v): v is string => typeof v === 'string') : [];
  });
}

/** The visit's villages, by town and village code. */
export async function findVisitVillages(db: Tx, visit: { id: string; regionPath: string }): Promise<VisitVillage[]> {
  // One after another: inside a transaction the queries share its one connection.
  const listed = await db.siteVisitHousehold.findMany({ where: { siteVisitId: visit.id }, select: { household: { select: { regionId: true } } } });
  const samples = await db.sample.findMany({ where: { siteVisitId: visit.id }, select: { result: true } });
  const rows = await db.region.findMany({
    where: {
      level: 'VILLAGE',
      path: { startsWith: visit.regionPath },
      OR: [{ id: { in: listed.map((l) => l.household.regionId) } }, { code: { in: sampledCodes(samples) } }],
    },
    orderBy: [{ parent: { code: 'asc' } }, { code: 'asc' }],
    select: { id: true, code: true, name: true, parent: { select: { name: true } } },
  });
  return rows.map(({ parent, ...v }) => ({ ...v, town: parent?.name ?? null }));
}

/** The village a check is recorded for: one of the visit's villages, not yet checked on this visit. */
export async function loadVillageForCheck(tx: Tx, visit: { id: string; region: { path: string } }, villageId: string): Promise<VisitVillage> {
  const village = (await findVisitVillages(tx, { id: visit.id, regionPath: visit.region.path })).find((v) => v.id === villageId);
  if (!village) throw new AppError('RULE_VIOLATION', { messageKey: 'villageChecks.errors.villageNotInVisit' });
  // Two phones checking the same village at once: the second waits here and then sees the first.
  await tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext(${`village-check:${visit.id}:${village.id}`}))`;
  const earlier = await tx.householdCheck.findFirst({ where: { siteVisitId: visit.id, regionId: village.id, householdId: null }, select: { id: true } });
  if (earlier) throw new AppError('CONFLICT', { messageKey: 'villageChecks.errors.alreadyChecked', params: { village: village.name } });
  return village;
}
