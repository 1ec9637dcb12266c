// The regions a paired-assistance report may name as its helped scope: counties, towns and
// designated poor villages in the regions its helper is paired with, inside the assessed region.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { subtreeWhere } from '@/modules/regions/access';
import { reportScope } from '@/modules/reports/access';
import type { CountySlot } from '@/modules/reports/county-figures';
import { findCountySlots } from '@/modules/reports/paired-figures';

const DEPTH = { COUNTY: 0, TOWN: 1, VILLAGE: 2 } as const;

export async function findScopeOptions(db: Db, actor: Actor, reportId: string) {
  const report = await db.workReport.findFirst({
    where: { AND: [{ id: reportId, kind: 'PAIRED_ASSISTANCE' }, reportScope(actor)] },
    select: { reportingRegionId: true, assessment: { select: { targetRegion: { select: { path: true } } } } },
  });
  if (!report) return [];
  const pairings = await db.regionPairing.findMany({
    where: { helperRegionId: report.reportingRegionId, helpedRegion: subtreeWhere(report.assessment.targetRegion.path) },
    select: { helpedRegion: { select: { path: true } } },
  });
  if (pairings.length === 0) return [];
  const regions = await db.region.findMany({
    where: {
      AND: [
        { OR: pairings.map((p) => subtreeWhere(p.helpedRegion.path)) },
        { OR: [{ level: { in: ['COUNTY', 'TOWN'] } }, { level: 'VILLAGE', isDesignatedPoorVillage: true }] },
      ],
    },
    orderBy: { path: 'asc' },
    select: { id: true, name: true, level: true },
    take: 5000,
  });
  return regions.map((r) => ({ ...r, depth: DEPTH[r.level as keyof typeof DEPTH] ?? 0 }));
}

/** The helper × county rows a report's form asks for (see findCountySlots); none out of scope. */
export async function findReportCountySlots(db: Db, actor: Actor, reportId: string): Promise<CountySlot[]> {
  const report = await db.workReport.findFirst({
    where: { AND: [{ id: reportId }, reportScope(actor)] },
    select: { kind: true, reportingRegion: { select: { id: true, path: true } }, assessment: { select: { targetRegion: { select: { path: true } } } } },
  });
  if (!report) return [];
  return findCountySlots(db, {
    kind: report.kind,
    reportingRegionId: report.reportingRegion.id,
    reportingRegionPath: report.reportingRegion.path,
    targetRegionPath: report.assessment.targetRegion.path,
  });
}
