// Checklist template writes (admins). Item order is renumbered under the template's row lock,
// so two admins moving items at once cannot leave two items on one position.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { fieldError } from '@/lib/server/field-error';
import { assertCanEditChecklists } from '@/modules/checklists/access';
import { assertAnswerTypeKept, assertItemRemovable, normaliseExpected, planItemMove } from '@/modules/checklists/rules';
import type { ZAddItemInput, ZCreateTemplateInput, ZMoveItemInput, ZRemoveItemInput, ZUpdateItemInput, ZUpdateTemplateInput } from '@/modules/checklists/schema';

async function lockTemplate(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ChecklistTemplate" WHERE "id" = ${id} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND');
}

async function expectedOf(input: { answerType: z.output<typeof ZAddItemInput>['answerType']; expected: string | null }) {
  const expected = normaliseExpected(input.answerType, input.expected);
  if (expected === undefined) throw await fieldError('expected', `checks.templates.errors.expected${input.answerType}`);
  return expected;
}

async function assertItemCodeFree(tx: Tx, templateId: string, code: string, exceptId?: string) {
  const taken = await tx.checklistItem.count({ where: { templateId, code, ...(exceptId ? { NOT: { id: exceptId } } : {}) } });
  if (taken > 0) throw await fieldError('code', 'checks.templates.errors.itemCodeTaken', { code });
}

async function loadItem(tx: Tx, id: string) {
  const item = await tx.checklistItem.findUnique({ where: { id }, select: { id: true, templateId: true, code: true, answerType: true, _count: { select: { answers: true } } } });
  if (!item) throw new AppError('NOT_FOUND');
  return item;
}

export async function createTemplate(ctx: GuardedContext, input: z.output<typeof ZCreateTemplateInput>) {
  assertCanEditChecklists(ctx.actor);
  if ((await ctx.tx.checklistTemplate.count({ where: { code: input.code } })) > 0) {
    throw await fieldError('code', 'checks.templates.errors.templateCodeTaken', { code: input.code });
  }
  const template = await ctx.tx.checklistTemplate.create({ data: input, select: { id: true } });
  await ctx.audit({ action: 'checklist.create', entityType: 'ChecklistTemplate', entityId: template.id, data: { ...input } });
  return template;
}

export async function updateTemplate(ctx: GuardedContext, input: z.output<typeof ZUpdateTemplateInput>) {
  assertCanEditChecklists(ctx.actor);
  const { id, version, ...fields } = input;
  await updateVersioned(ctx.tx.checklistTemplate, id, version, fields);
  await ctx.audit({ action: 'checklist.update', entityType: 'ChecklistTemplate', entityId: id, data: { fromVersion: version, ...fields } });
  return { id, version: version + 1 };
}

export async function addItem(ctx: GuardedContext, input: z.output<typeof ZAddItemInput>) {
  assertCanEditChecklists(ctx.actor);
  const { templateId, ...fields } = input;
  await lockTemplate(ctx.tx, templateId);
  await assertItemCodeFree(ctx.tx, templateId, fields.code);
  const data = { ...fields, expected: await expectedOf(fields) };
  const last = await ctx.tx.checklistItem.aggregate({ where: { templateId }, _max: { position: true } });
  const position = (last._max.position ?? -1) + 1;
  const item = await ctx.tx.checklistItem.create({ data: { ...data, templateId, position }, select: { id: true } });
  await ctx.audit({ action: 'checklist.item.add', entityType: 'ChecklistItem', entityId: item.id, data: { templateId, position, ...data } });
  return item;
}

export async function updateItem(ctx: GuardedContext, input: z.output<typeof ZUpdateItemInput>) {
  assertCanEditChecklists(ctx.actor);
  const { id, version, ...fields } = input;
  const item = await loadItem(ctx.tx, id);
  assertAnswerTypeKept(item.answerType, fields.answerType, item._count.answers);
  await assertItemCodeFree(ctx.tx, item.templateId, fields.code, id);
  const data = { ...fields, expected: await expectedOf(fields) };
  await updateVersioned(ctx.tx.checklistItem, id, version, data);
  await ctx.audit({ action: 'checklist.item.update', entityType: 'ChecklistItem', entityId: id, data: { templateId: item.templateId, fromVersion: version, ...data } });
  return { id, version: version + 1 };
}

export async function removeItem(ctx: GuardedContext, input: z.output<typeof ZRemoveItemInput>) {
  assertCanEditChecklists(ctx.actor);
  const item = await loadItem(ctx.tx, input.id);
  await lockTemplate(ctx.tx, item.templateId);
  assertItemRemovable(item._count.answers);
  const { count } = await ctx.tx.checklistItem.deleteMany({ where: { id: input.id, version: input.version } });
  // The item existed a moment ago, so a miss means somebody edited it since.
  if (count === 0) throw new AppError('CONFLICT');
  await ctx.audit({ action: 'checklist.item.remove', entityType: 'ChecklistItem', entityId: input.id, data: { templateId: item.templateId, code: item.code } });
  return { id: input.id };
}

export async function moveItem(ctx: GuardedContext, input: z.output<typeof ZMoveItemInput>) {
  assertCanEditChecklists(ctx.actor);
  const item = await loadItem(ctx.tx, input.id);
  await lockTemplate(ctx.tx, item.templateId);
  const siblings = await ctx.tx.checklistItem.findMany({ where: { templateId: item.templateId }, select: { id: true, position: true } });
  const plan = planItemMove(siblings, input.id, input.direction);
  if (!plan) throw new AppError('RULE_VIOLATION', { messageKey: 'checks.templates.errors.itemEdge' });
  for (const step of plan) await ctx.tx.checklistItem.update({ where: { id: step.id }, data: { position: step.position } });
  await ctx.audit({ action: 'checklist.item.move', entityType: 'ChecklistItem', entityId: input.id, data: { templateId: item.templateId, code: item.code, direction: input.direction } });
  return { id: input.id };
}
