// Where a finding sits: its region (within the assessment's target, down to a village), the
// indicator or category it concerns, and the site visit or household check it came from.
// Everything is checked against the assessment read from the database, never the input alone.
import type { IndicatorCategory } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/server/db';
import { fieldError } from '@/lib/server/field-error';
import { isWithin } from '@/modules/regions/access';

export type PlacementInput = {
  regionId: string;
  indicatorId: string | null;
  /** Null only with an indicator, whose category it takes. */
  category: IndicatorCategory | null;
  checkId?: string | null;
  siteVisitId?: string | null;
};

export type PlacementAssessment = { id: string; campaignId: string; targetRegionPath: string };

export async function resolvePlacement(tx: Tx, assessment: PlacementAssessment, input: PlacementInput) {
  const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true, path: true } });
  if (!region || !isWithin(region.path, assessment.targetRegionPath)) throw await fieldError('regionId', 'findings.errors.regionOutside');

  let category = input.category;
  if (input.indicatorId) {
    const indicator = await tx.indicator.findFirst({
      where: { id: input.indicatorId, campaignId: assessment.campaignId },
      select: { id: true, category: true },
    });
    if (!indicator) throw await fieldError('indicatorId', 'findings.errors.indicatorUnknown');
    // The indicator's category is the finding's category: the two cannot disagree.
    category = indicator.category;
  }
  if (category === null) throw await fieldError('category', 'findings.errors.categoryRequired');

  let siteVisitId = input.siteVisitId ?? null;
  if (input.checkId) {
    const check = await tx.householdCheck.findFirst({
      where: { id: input.checkId, siteVisit: { assessmentId: assessment.id } },
      select: { siteVisitId: true },
    });
    if (!check) throw await fieldError('checkId', 'findings.errors.checkUnknown');
    siteVisitId = check.siteVisitId;
  } else if (siteVisitId) {
    const visit = await tx.siteVisit.findFirst({ where: { id: siteVisitId, assessmentId: assessment.id }, select: { id: true } });
    if (!visit) throw await fieldError('siteVisitId', 'findings.errors.siteVisitUnknown');
  }
  return { regionId: region.id, indicatorId: input.indicatorId, category, siteVisitId, checkId: input.checkId ?? null };
}
