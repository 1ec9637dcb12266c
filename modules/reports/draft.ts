// The officials' working copy of a report: figures are IndicatorValue rows with revision 0.
// Checks every typed figure against its indicator, the helped scope against the pairing, and
// writes them. Used by saveReportDraft (and through it by the Excel import).
import type { z } from 'zod';
import type { Tx } from '@/lib/server/db';
import { isWithin, subtreeWhere } from '@/modules/regions/access';
import { parsePairedDetails } from '@/modules/reports/details';
import type { FieldProblem } from '@/modules/reports/field-errors';
import type { ReportForWrite } from '@/modules/reports/load';
import type { ZSaveReportDraftInput } from '@/modules/reports/schema';
import { parseIndicatorValue, type ValuePeriod } from '@/modules/reports/values';

type DraftValueInput = NonNullable<z.output<typeof ZSaveReportDraftInput>['values']>[number];
export type WorkingValue = { indicatorId: string; period: ValuePeriod; value: string | null; unit: string; source: string | null };

export async function parseDraftValues(tx: Tx, campaignId: string, input: readonly DraftValueInput[]) {
  const indicators = await tx.indicator.findMany({
    where: { campaignId, id: { in: [...new Set(input.map((v) => v.indicatorId))] } },
    select: { id: true, valueType: true, unit: true },
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const problems: FieldProblem[] = [];
  // Keyed by indicator and period: a figure listed twice counts once (the last one typed).
  const rows = new Map<string, WorkingValue>();
  for (const v of input) {
    const field = `values.${v.indicatorId}.${v.period}`;
    const indicator = byId.get(v.indicatorId);
    if (!indicator) {
      problems.push({ field, messageKey: 'reports.valueErrors.unknownIndicator' });
      continue;
    }
    const parsed = parseIndicatorValue(indicator.valueType, v.value);
    if (!parsed.ok) problems.push({ field, messageKey: parsed.messageKey, params: parsed.params });
    else rows.set(field, { indicatorId: v.indicatorId, period: v.period, value: parsed.value, unit: indicator.unit, source: v.source || null });
  }
  return { rows: [...rows.values()], problems };
}

export function parseDraftDetails(input: Record<string, string | number | null | undefined>) {
  const parsed = parsePairedDetails(input);
  return parsed.ok ? { details: parsed.details, problems: [] } : { details: undefined, problems: parsed.errors };
}

/** The helped scope must lie in regions the reporting (helper) region is paired with, inside the assessed region. */
export async function checkScope(tx: Tx, report: ReportForWrite, regionIds: readonly string[]) {
  const ids = [...new Set(regionIds)];
  const pairings = await tx.regionPairing.findMany({
    where: { helperRegionId: report.reportingRegion.id, helpedRegion: subtreeWhere(report.assessment.targetRegion.path) },
    select: { helpedRegion: { select: { path: true } } },
  });
  const regions = await tx.region.findMany({
    where: { id: { in: ids } },
    select: { id: true, path: true, level: true, isDesignatedPoorVillage: true },
  });
  const allowed = (r: (typeof regions)[number]) =>
    (r.level === 'COUNTY' || r.level === 'TOWN' || (r.level === 'VILLAGE' && r.isDesignatedPoorVillage)) &&
    pairings.some((p) => isWithin(r.path, p.helpedRegion.path));
  const ok = regions.length === ids.length && regions.every(allowed);
  const problems: FieldProblem[] = ok ? [] : [{ field: 'scope', messageKey: 'reports.errors.scopeOutside' }];
  return { ids, problems };
}

/** Replaces the listed (indicator, period) figures of the working copy; a null value removes one. */
export async function writeWorkingValues(tx: Tx, reportId: string, rows: readonly WorkingValue[]) {
  if (rows.length === 0) return;
  await tx.indicatorValue.deleteMany({
    where: { workReportId: reportId, revision: 0, OR: rows.map((r) => ({ indicatorId: r.indicatorId, period: r.period })) },
  });
  await tx.indicatorValue.createMany({
    data: rows.flatMap((r) =>
      r.value === null ? [] : [{ workReportId: reportId, revision: 0, indicatorId: r.indicatorId, period: r.period, value: r.value, unit: r.unit, source: r.source }],
    ),
  });
}

export async function replaceScope(tx: Tx, reportId: string, regionIds: readonly string[]) {
  await tx.workReportScopeRegion.deleteMany({ where: { workReportId: reportId } });
  await tx.workReportScopeRegion.createMany({ data: regionIds.map((regionId) => ({ workReportId: reportId, regionId })) });
}
