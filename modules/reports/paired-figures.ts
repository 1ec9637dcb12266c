// Reads and writes the typed paired-assistance figures of a report: the report-wide figures
// (PairedAssistanceFigures) and the per-county ones (PairedCountyFigures), both keyed by revision
// (0 = the officials' working copy). Callers check the actor's scope first.
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import type { Db, Tx } from '@/lib/server/db';
import { subtreeWhere } from '@/modules/regions/access';
import { COUNTY_FIGURE_FIELDS, type CountyFigures, type CountySlot } from '@/modules/reports/county-figures';
import { PAIRED_DETAIL_FIELDS, type PairedDetails } from '@/modules/reports/details';

type Reader = Db | Tx;
type DecimalRow = Record<string, unknown>;

// toFixed() without digits: plain notation, no exponent, no padding zeros (as IndicatorValue).
const text = (value: unknown) => (value !== null && typeof value === 'object' && 'toFixed' in value ? (value as { toFixed(): string }).toFixed() : undefined);

function detailsOf(row: DecimalRow | null): PairedDetails {
  const out: PairedDetails = {};
  for (const field of PAIRED_DETAIL_FIELDS) {
    const value = text(row?.[field.key]);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

export async function loadPairedDetails(db: Reader, reportId: string, revision: number): Promise<PairedDetails> {
  return detailsOf(await db.pairedAssistanceFigures.findUnique({ where: { workReportId_revision: { workReportId: reportId, revision } } }));
}

/** Replaces every field of one revision's figures (a field left out is not reported). */
export async function writePairedDetails(tx: Tx, reportId: string, revision: number, details: PairedDetails) {
  const columns = Object.fromEntries(PAIRED_DETAIL_FIELDS.map((f) => [f.key, details[f.key] ?? null]));
  await tx.pairedAssistanceFigures.upsert({
    where: { workReportId_revision: { workReportId: reportId, revision } },
    create: { workReportId: reportId, revision, ...columns },
    update: columns,
  });
}

export type CountyFiguresRow = CountySlot & { figures: CountyFigures['figures'] };

function figuresOf(row: DecimalRow): CountyFigures['figures'] {
  const out: CountyFigures['figures'] = {};
  for (const field of COUNTY_FIGURE_FIELDS) {
    const value = text(row[field.key]);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

const COUNTY_SELECT = {
  helperRegionId: true,
  countyId: true,
  fundsGiven: true,
  countyTeams: true,
  villageTeams: true,
  staffStationed: true,
  helperRegion: { select: { name: true, path: true } },
  county: { select: { name: true, path: true } },
} as const;

/** The per-county figures of one revision, by helper then county (region tree order). */
export async function loadCountyFigures(db: Reader, reportId: string, revision: number): Promise<CountyFiguresRow[]> {
  const rows = await db.pairedCountyFigures.findMany({
    where: { workReportId: reportId, revision },
    orderBy: [{ helperRegion: { path: 'asc' } }, { county: { path: 'asc' } }],
    select: COUNTY_SELECT,
  });
  return rows.map((r) => ({ helperRegionId: r.helperRegionId, helperName: r.helperRegion.name, countyId: r.countyId, countyName: r.county.name, figures: figuresOf(r) }));
}

/** Replaces the listed slots of the working copy; a slot left empty keeps no row. */
export async function writeCountyFigures(tx: Tx, reportId: string, rows: readonly CountyFigures[]) {
  if (rows.length === 0) return;
  await tx.pairedCountyFigures.deleteMany({
    where: { workReportId: reportId, revision: 0, OR: rows.map((r) => ({ helperRegionId: r.helperRegionId, countyId: r.countyId })) },
  });
  await tx.pairedCountyFigures.createMany({
    data: rows
      .filter((r) => Object.keys(r.figures).length > 0)
      .map((r) => ({ workReportId: reportId, revision: 0, helperRegionId: r.helperRegionId, countyId: r.countyId, ...r.figures })),
  });
}

/**
 * Copies the working copy's figures into `revision`. `countyIds` (paired assistance: the counties
 * of the helped scope) limits the per-county rows; null keeps every row.
 */
export async function freezePairedFigures(tx: Tx, reportId: string, revision: number, countyIds: readonly string[] | null) {
  const working = await tx.pairedAssistanceFigures.findUnique({ where: { workReportId_revision: { workReportId: reportId, revision: 0 } } });
  if (working) await tx.pairedAssistanceFigures.create({ data: { ...working, revision } });
  const counties = await tx.pairedCountyFigures.findMany({
    where: { workReportId: reportId, revision: 0, ...(countyIds ? { countyId: { in: [...countyIds] } } : {}) },
  });
  await tx.pairedCountyFigures.createMany({ data: counties.map((c) => ({ ...c, revision })) });
}

/**
 * Which helper × county rows a report may fill. Paired assistance: the reporting (helper) city
 * and the counties it is paired with inside the assessed region. A work report: each city paired
 * with the reporting region (or a county of it) and the counties it helps; none without a pairing.
 * A pairing with a whole city stands for each of its counties unless the helper also names counties.
 */
export async function findCountySlots(
  db: Reader,
  report: { kind: WorkReportKind; reportingRegionId: string; reportingRegionPath: string; targetRegionPath: string },
): Promise<CountySlot[]> {
  const paired = report.kind === 'PAIRED_ASSISTANCE';
  const pairings = await db.regionPairing.findMany({
    where: paired
      ? { helperRegionId: report.reportingRegionId, helpedRegion: subtreeWhere(report.targetRegionPath) }
      : { helpedRegion: subtreeWhere(report.reportingRegionPath) },
    select: { helperRegion: { select: { id: true, name: true, path: true } }, helpedRegion: { select: { id: true, name: true, path: true, level: true } } },
    orderBy: { helperRegion: { path: 'asc' } },
  });
  const slots: CountySlot[] = [];
  const helpers = [...new Map(pairings.map((p) => [p.helperRegion.id, p.helperRegion])).values()];
  for (const helper of helpers) {
    const mine = pairings.filter((p) => p.helperRegion.id === helper.id);
    const named = mine.filter((p) => p.helpedRegion.level === 'COUNTY').map((p) => p.helpedRegion);
    const counties = named.length > 0
      ? [...named].sort((a, b) => a.path.localeCompare(b.path))
      : await db.region.findMany({
          where: { level: 'COUNTY', OR: mine.map((p) => subtreeWhere(p.helpedRegion.path)) },
          orderBy: { path: 'asc' },
          select: { id: true, name: true },
        });
    for (const c of counties) slots.push({ helperRegionId: helper.id, helperName: helper.name, countyId: c.id, countyName: c.name });
  }
  return slots;
}
