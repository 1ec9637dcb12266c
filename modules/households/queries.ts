// Reads of roster snapshots. A county's newest published snapshot is its current roster; a snapshot
// an import job is still writing (publishedAt null) is seen by no one.
import type { Db, Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { getRosterCountyAccess } from '@/modules/households/access';

/** The county's roster page: the county, whether the actor may import, and its snapshots newest first. */
export async function getCountyRoster(db: Db, actor: Actor, countyId: string) {
  const access = await getRosterCountyAccess(db, actor, countyId);
  if (!access) return null;
  const imports = await db.rosterImport.findMany({
    where: { regionId: countyId, publishedAt: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { id: true, fileName: true, rowCount: true, contentHash: true, createdAt: true, importedBy: { select: { displayName: true } } },
  });
  return { ...access, imports };
}

export type CountyRoster = NonNullable<Awaited<ReturnType<typeof getCountyRoster>>>;

/** The newest snapshot of a county, or null when none was imported. */
export function findCurrentRoster(db: Db | Tx, countyId: string) {
  return db.rosterImport.findFirst({
    where: { regionId: countyId, publishedAt: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, contentHash: true, rowCount: true, createdAt: true, fileName: true },
  });
}

/** The current snapshot of each of the given counties that has one. */
export async function findCurrentRosters(db: Db, countyIds: string[]) {
  const rows = await db.rosterImport.findMany({
    where: { regionId: { in: countyIds }, publishedAt: { not: null } },
    orderBy: [{ regionId: 'asc' }, { publishedAt: 'desc' }, { id: 'desc' }],
    distinct: ['regionId'],
    select: { regionId: true, rowCount: true, createdAt: true },
  });
  return new Map(rows.map((r) => [r.regionId, r]));
}
