// Inputs for the rectification of a finding by the responsible region: the plan, progress
// updates and the proof of completion (multipart, with files, through the route handler).
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import { ZFiles, ZFindingStepInput } from '@/modules/findings/schema';

const ZId = z.string().min(1).max(64);
const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) => z.string().trim().max(max).nullish().transform((s) => s || null);

/** 'YYYY-MM-DD' as from <input type="date">, a calendar date stored as UTC midnight. */
const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: 'custom', message: 'invalid_format' });
      return z.NEVER;
    }
    return date;
  });

export const ZPlanFields = z.object({
  leadUnit: ZText(200),
  responsibleUnits: ZOptionalText(1000),
  measures: ZText(8000),
  personInCharge: ZText(100),
  deadline: ZDate,
});

/** The first plan moves the finding on, so it carries the finding's version. */
export const ZSubmitPlanInput = ZPlanFields.extend({ id: ZId, version: zVersion() });
export type TSubmitPlanInput = z.input<typeof ZSubmitPlanInput>;

/** A revision of the plan carries the plan's own version. */
export const ZRevisePlanInput = ZPlanFields.extend({ findingId: ZId, version: zVersion() });
export type TRevisePlanInput = z.input<typeof ZRevisePlanInput>;

export const ZAddProgressInput = z.object({ findingId: ZId, note: ZText(4000) });
export type TAddProgressInput = z.input<typeof ZAddProgressInput>;

export const ZSubmitProofInput = ZFindingStepInput.extend({ note: ZText(4000), files: ZFiles });
