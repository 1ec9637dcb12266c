// Inputs for checklist template writes, shared by forms and server.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import { AnswerType, ChecklistSubject } from '@/lib/generated/prisma/enums';

const ZId = z.string().min(1).max(64);
const ZVersion = zVersion();
const ZCode = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);
const ZName = z.string().trim().min(1).max(200);
// Up to a day: anything longer is not a household visit.
const ZMinimumSeconds = z.coerce.number().int().min(0).max(86_400);

export const ZCreateTemplateInput = z.object({ code: ZCode, name: ZName, subject: z.enum(ChecklistSubject), minimumSeconds: ZMinimumSeconds });
export type TCreateTemplateInput = z.input<typeof ZCreateTemplateInput>;

export const ZUpdateTemplateInput = z.object({ id: ZId, version: ZVersion, name: ZName, minimumSeconds: ZMinimumSeconds });
export type TUpdateTemplateInput = z.input<typeof ZUpdateTemplateInput>;

const ZItemFields = z.object({
  code: ZCode,
  prompt: z.string().trim().min(1).max(500),
  answerType: z.enum(AnswerType),
  /** Checked against the answer type in the mutation (rules.normaliseExpected). */
  expected: z.string().trim().max(40).nullish().transform((s) => s || null),
  /** What the answer means for a household's outcome (modules/results/outcome-rules.ts); none = not counted. */
  outcomeRole: z.enum(['EXIT_STANDARD', 'INCOME', 'RECOGNITION']).nullish().transform((r) => r ?? null),
});

export const ZAddItemInput = ZItemFields.extend({ templateId: ZId });
export type TAddItemInput = z.input<typeof ZAddItemInput>;

export const ZUpdateItemInput = ZItemFields.extend({ id: ZId, version: ZVersion });
export type TUpdateItemInput = z.input<typeof ZUpdateItemInput>;

export const ZRemoveItemInput = z.object({ id: ZId, version: ZVersion });
export type TRemoveItemInput = z.input<typeof ZRemoveItemInput>;

export const ZMoveItemInput = z.object({ id: ZId, direction: z.enum(['UP', 'DOWN']) });
export type TMoveItemInput = z.input<typeof ZMoveItemInput>;
