// 整改: officials of the responsible region answer an issued finding with a plan, report
// progress, and submit proof of completion for an assessor to verify.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { changedFields } from '@/modules/audit/changes';
import { fieldError } from '@/lib/server/field-error';
import { localCalendarDate } from '@/lib/local-time';
import { assertActsAs, loadFindingForWrite, type FindingForWrite } from '@/modules/findings/access';
import { applyStep } from '@/modules/findings/step';
import { findingRecord, notifyEvent } from '@/modules/notifications/notify';
import { prepareUploads } from '@/modules/attachments/prepare-upload';
import { storeAttachments, type UploadContext } from '@/modules/attachments/store-upload';
import type { ZAddProgressInput, ZRevisePlanInput, ZSubmitPlanInput, ZSubmitProofInput } from '@/modules/rectifications/schema';

async function assertDeadlineAhead(deadline: Date) {
  if (deadline.getTime() < localCalendarDate(new Date()).getTime()) throw await fieldError('deadline', 'findings.rectification.deadlinePast');
}

function audit(ctx: GuardedContext, finding: FindingForWrite, action: string, data: Record<string, unknown>) {
  return ctx.audit({ action, entityType: 'Finding', entityId: finding.id, assessmentId: finding.assessmentId, data });
}

export async function submitPlan(ctx: GuardedContext, input: z.output<typeof ZSubmitPlanInput>) {
  const { id, version, ...plan } = input;
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, id);
  const step = await applyStep(ctx, finding, 'submitPlan', version, { data: { dueDate: plan.deadline }, audit: plan });
  await assertDeadlineAhead(plan.deadline);
  await ctx.tx.rectification.create({ data: { ...plan, findingId: finding.id, status: 'PLANNED' } });
  await notifyEvent(ctx, 'PLAN_SUBMITTED', findingRecord(finding));
  return step;
}

/** The plan of a finding the region is working on, for its officials. */
async function loadPlan(ctx: GuardedContext, findingId: string) {
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, findingId);
  assertActsAs(ctx.actor, finding, 'official');
  if (finding.status !== 'PLAN_SUBMITTED' || !finding.rectification) {
    throw new AppError('RULE_VIOLATION', { messageKey: 'findings.rectification.notInProgress' });
  }
  return { finding, rectification: finding.rectification };
}

export async function revisePlan(ctx: GuardedContext, input: z.output<typeof ZRevisePlanInput>) {
  const { findingId, version, ...plan } = input;
  const { finding, rectification } = await loadPlan(ctx, findingId);
  const current = await ctx.tx.rectification.findUniqueOrThrow({ where: { id: rectification.id }, select: PLAN_FIELDS });
  // Keeping a deadline that has passed is allowed (the item stays overdue); moving it into the past is not.
  if (plan.deadline.getTime() !== current.deadline.getTime()) await assertDeadlineAhead(plan.deadline);
  await updateVersioned(ctx.tx.rectification, rectification.id, version, plan);
  // The copy of the deadline is derived data: it does not make the finding a new version.
  await ctx.tx.finding.update({ where: { id: finding.id }, data: { dueDate: plan.deadline } });
  await audit(ctx, finding, 'rectification.revise', { fromVersion: version, ...plan, changes: changedFields(planInWords(current), planInWords(plan)) });
  return { id: rectification.id, version: version + 1 };
}

export async function addProgressUpdate(ctx: GuardedContext, input: z.output<typeof ZAddProgressInput>) {
  const { finding, rectification } = await loadPlan(ctx, input.findingId);
  const update = await ctx.tx.rectificationUpdate.create({
    data: { rectificationId: rectification.id, note: input.note, authorId: ctx.actor.userId },
    select: { id: true },
  });
  await ctx.tx.rectification.updateMany({
    where: { id: rectification.id, status: { in: ['PLANNED', 'RETURNED'] } },
    data: { status: 'IN_PROGRESS', progressNote: input.note },
  });
  await audit(ctx, finding, 'rectification.progress', { updateId: update.id, note: input.note });
  return update;
}

export async function submitProof(ctx: UploadContext, input: z.output<typeof ZSubmitProofInput>) {
  const finding = await loadFindingForWrite(ctx.tx, ctx.actor, input.id);
  const prepared = await prepareUploads(input.files, { field: 'files', accept: 'documents' });
  const step = await applyStep(ctx, finding, 'submitProof', input.version, { audit: { note: input.note } });
  const rectificationId = finding.rectification!.id;
  const files = await storeAttachments(ctx, prepared, { rectificationId });
  await ctx.tx.rectification.update({
    where: { id: rectificationId },
    data: { status: 'PROOF_SUBMITTED', proofNote: input.note, version: { increment: 1 } },
  });
  await audit(ctx, finding, 'rectification.proof', { attachments: files.map((f) => ({ id: f.id, sha256: f.sha256, fileName: f.fileName })) });
  await notifyEvent(ctx, 'PROOF_SUBMITTED', findingRecord(finding));
  return step;
}

const PLAN_FIELDS = { leadUnit: true, responsibleUnits: true, measures: true, personInCharge: true, deadline: true } as const;

/** The plan as a history shows it: the deadline is a day. */
function planInWords(p: { leadUnit: string; responsibleUnits: string | null; measures: string; personInCharge: string; deadline: Date }) {
  return { ...p, deadline: p.deadline.toISOString().slice(0, 10) };
}
