// Recording a household check (or a village check: householdId null, the village as its region):
// answers, position, duration, its staged photos and the proof of the visit in one transaction.
// Idempotent on the device's submission key, so a retry over a poor connection never makes a second check.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { loadVisitForCheck } from '@/modules/checks/access';
import { attachStagedPhotos } from '@/modules/field-photos/attach';
import { judgeReceipt } from '@/modules/field-proof/receipt';
import { answerProblems, assertCheckRecordable, checkFlags, resolveSubmission } from '@/modules/checks/rules';
import type { ZSubmitCheckInput } from '@/modules/checks/schema';
import { resultsConfigOfAssessment } from '@/modules/results/campaign-config';
import { householdOutcome } from '@/modules/results/outcome-rules';
import { villageVerdict } from '@/modules/checks/village-rules';
import { loadVillageForCheck } from '@/modules/checks/village-subject';
import { invalidFields } from '@/modules/reports/field-errors';
import type { ChecklistSubject } from '@/lib/generated/prisma/enums';

type SubmitInput = z.output<typeof ZSubmitCheckInput>;

async function findBySubmissionKey(ctx: GuardedContext, submissionKey: string) {
  // Concurrent retries of one submission wait here for each other, so only the first one creates.
  await ctx.tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext(${submissionKey}))`;
  return ctx.tx.householdCheck.findUnique({ where: { submissionKey }, select: { id: true, assessorId: true, siteVisitId: true, householdId: true, regionId: true } });
}

async function loadHousehold(ctx: GuardedContext, siteVisitId: string, householdId: string) {
  const listed = await ctx.tx.siteVisitHousehold.findUnique({
    where: { siteVisitId_householdId: { siteVisitId, householdId } },
    select: { household: { select: { id: true, code: true, regionId: true, status: true } } },
  });
  if (!listed) throw new AppError('RULE_VIOLATION', { messageKey: 'checks.errors.householdNotInVisit' });
  return listed.household;
}

async function loadTemplate(ctx: GuardedContext, templateId: string, subject: ChecklistSubject) {
  const template = await ctx.tx.checklistTemplate.findFirst({
    where: { id: templateId, subject },
    select: { id: true, minimumSeconds: true, items: { orderBy: { position: 'asc' }, select: { id: true, code: true, outcomeRole: true, answerType: true, expected: true } } },
  });
  if (!template) throw new AppError('NOT_FOUND');
  return template;
}

export async function submitCheck(ctx: GuardedContext, input: SubmitInput) {
  const visit = await loadVisitForCheck(ctx.tx, ctx.actor, input.siteVisitId);
  const existing = await findBySubmissionKey(ctx, input.submissionKey);
  const owner = existing && { ...existing, villageId: existing.householdId === null ? existing.regionId : null };
  const outcome = resolveSubmission(owner, { assessorId: ctx.actor.userId, siteVisitId: visit.id, householdId: input.householdId, villageId: input.villageId });
  if (outcome === 'conflict') throw new AppError('CONFLICT', { messageKey: 'checks.errors.keyUsed' });
  if (existing && outcome === 'replay') {
    // Already saved (the first response was lost): answer with the same check, note the retry.
    await ctx.audit({ action: 'check.resubmit', entityType: 'HouseholdCheck', entityId: existing.id, assessmentId: visit.assessmentId, data: { submissionKey: input.submissionKey } });
    return { id: existing.id, replayed: true };
  }

  assertCampaignWritable(visit.assessment.campaign.status);
  assertCheckRecordable(visit.status);
  const household = input.householdId !== null ? await loadHousehold(ctx, visit.id, input.householdId) : null;
  const village = input.villageId !== null ? await loadVillageForCheck(ctx.tx, visit, input.villageId) : null;
  const template = await loadTemplate(ctx, input.templateId, village ? 'VILLAGE' : 'HOUSEHOLD');
  const problems = answerProblems(template.items, input.answers);
  if (problems.length > 0) {
    throw await invalidFields(problems.map((p) => ({ field: `answers.${p.itemId}`, messageKey: `checks.errors.answer.${p.reason}` })));
  }
  const regionId = household?.regionId ?? village!.id;
  const receipt = await judgeReceipt(ctx.tx, regionId, input);
  const flags = { ...checkFlags({ durationSeconds: input.durationSeconds, minimumSeconds: template.minimumSeconds }, template.items, input.answers), ...receipt.flags };
  // The household's outcome (meets the exit standard, recognition, wrongful exit, missed enrolment), judged now with
  // the current rules and the campaign's exit income threshold, and stored with the rule version.
  const householdResult = household
    ? householdOutcome({ status: household.status, items: template.items, answers: input.answers, exitIncomeThreshold: (await resultsConfigOfAssessment(ctx.tx, visit.assessmentId)).exitIncomeThreshold })
    : undefined;
  // A village check's verdict on the "eight haves", judged now and stored likewise.
  const verdict = village ? villageVerdict(template.items, input.answers) : undefined;

  const check = await ctx.tx.householdCheck.create({
    data: {
      submissionKey: input.submissionKey,
      siteVisitId: visit.id,
      templateId: template.id,
      householdId: household?.id ?? null,
      regionId,
      assessorId: ctx.actor.userId,
      startedAt: input.startedAt,
      finishedAt: input.finishedAt,
      durationSeconds: input.durationSeconds,
      latitude: input.position?.latitude ?? null,
      longitude: input.position?.longitude ?? null,
      positionAccuracy: input.position?.accuracy ?? null,
      deviceSentAt: input.deviceSentAt,
      receivedAt: receipt.receivedAt,
      flags,
      outcome: householdResult ?? verdict,
      answers: { create: Object.entries(input.answers).map(([itemId, answer]) => ({ itemId, ...answer })) },
    },
    select: { id: true },
  });
  const stored = await attachStagedPhotos(ctx, input.photoIds, { checkId: check.id });
  await ctx.audit({
    action: 'check.submit',
    entityType: 'HouseholdCheck',
    entityId: check.id,
    assessmentId: visit.assessmentId,
    data: {
      siteVisitId: visit.id,
      ...(household ? { householdCode: household.code } : { villageCode: village!.code, verdict }),
      templateId: template.id,
      answers: Object.keys(input.answers).length,
      photos: stored.map((p) => p.sha256),
      devicePhotos: stored.map((p) => p.deviceSha256),
      deviceSentAt: input.deviceSentAt.toISOString(),
      durationSeconds: input.durationSeconds,
      flags,
      ...(householdResult && {
        outcome: { rulesVersion: householdResult.rulesVersion, meetsStandard: householdResult.meetsStandard, recognises: householdResult.recognises, wrongfulExit: householdResult.wrongfulExit, missedEnrolment: householdResult.missedEnrolment },
      }),
      positioned: input.position !== null,
    },
  });
  return { id: check.id, replayed: false };
}
