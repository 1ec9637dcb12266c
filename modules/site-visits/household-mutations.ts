// Picking a visit's households by hand, village by village, from the county's current roster.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { findCurrentRoster } from '@/modules/households/queries';
import { loadVisitToManage } from '@/modules/site-visits/access';
import { assertHouseholdsEditable } from '@/modules/site-visits/rules';
import type { ZPickHouseholdsInput } from '@/modules/site-visits/schema';

export async function pickVillageHouseholds(ctx: GuardedContext, input: z.output<typeof ZPickHouseholdsInput>) {
  const visit = await loadVisitToManage(ctx.tx, ctx.actor, input.id);
  assertCampaignWritable(visit.assessment.campaign.status);
  assertHouseholdsEditable(visit.status);
  const roster = await findCurrentRoster(ctx.tx, visit.region.id);
  if (!roster) throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.noRoster' });
  const village = await ctx.tx.region.findFirst({ where: { id: input.villageId, level: 'VILLAGE', path: { startsWith: visit.region.path } }, select: { id: true } });
  if (!village) throw new AppError('NOT_FOUND');
  const wanted = [...new Set(input.householdIds)];
  const valid = await ctx.tx.household.findMany({
    where: { id: { in: wanted }, rosterImportId: roster.id, regionId: village.id },
    orderBy: { code: 'asc' },
    select: { id: true, code: true },
  });
  if (valid.length !== wanted.length) throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.householdNotInRoster' });

  await updateVersioned(ctx.tx.siteVisit, visit.id, input.version, {});
  // Households of this village that stay keep their row (and the sample they came from).
  await ctx.tx.siteVisitHousehold.deleteMany({ where: { siteVisitId: visit.id, household: { regionId: village.id }, householdId: { notIn: wanted } } });
  const kept = new Set((await ctx.tx.siteVisitHousehold.findMany({ where: { siteVisitId: visit.id }, select: { householdId: true } })).map((r) => r.householdId));
  const last = await ctx.tx.siteVisitHousehold.aggregate({ where: { siteVisitId: visit.id }, _max: { position: true } });
  const added = valid.filter((h) => !kept.has(h.id));
  await ctx.tx.siteVisitHousehold.createMany({
    data: added.map((h, i) => ({ siteVisitId: visit.id, householdId: h.id, position: (last._max.position ?? -1) + 1 + i })),
  });
  await ctx.audit({
    action: 'siteVisit.pickHouseholds',
    entityType: 'SiteVisit',
    entityId: visit.id,
    assessmentId: visit.assessmentId,
    data: { villageId: village.id, rosterImportId: roster.id, householdCodes: valid.map((h) => h.code) },
  });
  return { id: visit.id, version: input.version + 1 };
}
