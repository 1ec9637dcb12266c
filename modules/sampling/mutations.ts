// Drawing a visit's sample and verifying a recorded one. Run inside the guarded path.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { findCurrentRoster } from '@/modules/households/queries';
import { isGroupSide, loadVisitToManage, siteVisitScope } from '@/modules/site-visits/access';
import { assertHouseholdsEditable, canSeeHouseholds } from '@/modules/site-visits/rules';
import { loadSamplingFrame } from '@/modules/sampling/frame';
import { drawSample, samplingMethodOf, type SampleResult } from '@/modules/sampling/rules';
import { rulesOf, ZSamplingRules, type ZDrawSampleInput, type ZVerifySampleInput } from '@/modules/sampling/schema';
import { verifySampleFacts } from '@/modules/sampling/verify';

export async function drawVisitSample(ctx: GuardedContext, input: z.output<typeof ZDrawSampleInput>) {
  const visit = await loadVisitToManage(ctx.tx, ctx.actor, input.siteVisitId);
  assertCampaignWritable(visit.assessment.campaign.status);
  assertHouseholdsEditable(visit.status);
  const roster = await findCurrentRoster(ctx.tx, visit.region.id);
  if (!roster) throw new AppError('RULE_VIOLATION', { messageKey: 'siteVisits.errors.noRoster' });
  const rules = rulesOf(visit.assessment.campaign.samplingRules);
  const seed = input.seed ?? randomBytes(16).toString('hex');
  const { frame, householdIdByCode } = await loadSamplingFrame(ctx.tx, roster.id);
  const result = drawSample(seed, rules, frame);
  const method = samplingMethodOf(rules);

  await updateVersioned(ctx.tx.siteVisit, visit.id, input.version, {});
  const sample = await ctx.tx.sample.create({
    data: {
      siteVisitId: visit.id,
      seed,
      method,
      rules,
      rosterImportId: roster.id,
      rosterHash: roster.contentHash,
      result: result as unknown as Prisma.InputJsonObject,
      createdById: ctx.actor.userId,
    },
    select: { id: true },
  });
  // The sample becomes the visit's household list, replacing whatever was there.
  await ctx.tx.siteVisitHousehold.deleteMany({ where: { siteVisitId: visit.id } });
  await ctx.tx.siteVisitHousehold.createMany({
    data: result.households.map((code, position) => ({ siteVisitId: visit.id, householdId: householdIdByCode.get(code)!, sampleId: sample.id, position })),
  });
  await ctx.audit({
    action: 'sample.draw',
    entityType: 'Sample',
    entityId: sample.id,
    assessmentId: visit.assessmentId,
    data: { siteVisitId: visit.id, seed, method, rosterImportId: roster.id, rosterHash: roster.contentHash, households: result.households.length, shortfalls: result.shortfalls.length },
  });
  return { id: sample.id, seed, version: input.version + 1, households: result.households.length };
}

export async function verifySample(ctx: GuardedContext, input: z.output<typeof ZVerifySampleInput>) {
  const sample = await ctx.tx.sample.findFirst({
    where: { id: input.sampleId, siteVisit: siteVisitScope(ctx.actor) },
    select: {
      id: true, seed: true, method: true, rules: true, rosterHash: true, result: true, siteVisitId: true,
      rosterImport: { select: { id: true, contentHash: true, regionId: true } },
      siteVisit: { select: { status: true, assessmentId: true, assessment: { select: { groupId: true } } } },
    },
  });
  if (!sample || !canSeeHouseholds(isGroupSide(ctx.actor, sample.siteVisit.assessment.groupId), sample.siteVisit.status)) throw new AppError('NOT_FOUND');
  const { frame, recomputedHash } = await loadSamplingFrame(ctx.tx, sample.rosterImport.id);
  const recorded = sample.result as unknown as SampleResult;
  const rules = ZSamplingRules.safeParse(sample.rules);
  const derived = rules.success ? drawSample(sample.seed, rules.data, frame) : { ...recorded, towns: [], villages: [], households: [] };
  const onList = await ctx.tx.siteVisitHousehold.findMany({ where: { sampleId: sample.id }, orderBy: { position: 'asc' }, select: { household: { select: { code: true } } } });
  // The method the recorded rules draw with today: an old record (no mix) re-derives with the
  // systematic method unchanged; a mix record with the survey mix.
  const method = { recorded: sample.method, current: rules.success ? samplingMethodOf(rules.data) : 'unknown' };
  const rosterHash = { recorded: sample.rosterHash, snapshot: sample.rosterImport.contentHash, recomputed: recomputedHash };
  const report = verifySampleFacts({
    method,
    rosterHash,
    recorded,
    derived,
    visitList: onList.map((r) => r.household.code),
  });
  const current = await findCurrentRoster(ctx.tx, sample.rosterImport.regionId);
  await ctx.audit({ action: 'sample.verify', entityType: 'Sample', entityId: sample.id, assessmentId: sample.siteVisit.assessmentId, data: { matches: report.matches } });
  return { ...report, method, rosterHash, currentRosterHash: current?.contentHash ?? null, rosterIsCurrent: current?.id === sample.rosterImport.id };
}

export type VerifySampleResult = Awaited<ReturnType<typeof verifySample>>;
