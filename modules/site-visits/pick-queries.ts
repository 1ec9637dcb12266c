// What the leader picks households from by hand: the villages of the county's current roster and
// the households of one of them.
import type { Db } from '@/lib/server/db';
import { findCurrentRoster } from '@/modules/households/queries';

export const PICK_LIST_LIMIT = 500;

/** Call only for an actor who manages the visit (the page checks canManage first). */
export async function findPickOptions(db: Db, countyId: string, villageId: string | null) {
  const roster = await findCurrentRoster(db, countyId);
  if (!roster) return null;
  const counts = await db.household.groupBy({ by: ['regionId'], where: { rosterImportId: roster.id }, _count: { _all: true } });
  const villages = await db.region.findMany({
    where: { id: { in: counts.map((c) => c.regionId) } },
    orderBy: { code: 'asc' },
    select: { id: true, name: true, isDesignatedPoorVillage: true, parent: { select: { name: true } } },
  });
  const village = villages.find((v) => v.id === villageId) ?? null;
  const households = village
    ? await db.household.findMany({
        where: { rosterImportId: roster.id, regionId: village.id },
        orderBy: { code: 'asc' },
        take: PICK_LIST_LIMIT,
        select: { id: true, code: true, size: true, status: true, hasDisabledMember: true },
      })
    : [];
  const count = (id: string) => counts.find((c) => c.regionId === id)?._count._all ?? 0;
  return { roster, villages: villages.map((v) => ({ ...v, households: count(v.id) })), village, households };
}

export type PickOptions = NonNullable<Awaited<ReturnType<typeof findPickOptions>>>;
