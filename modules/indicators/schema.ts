// Inputs for indicator writes, shared by forms and server.
import { z } from 'zod';
import { zInt32, zVersion } from '@/lib/zod-numbers';
import { INDICATOR_CATEGORIES, INDICATOR_VALUE_TYPES } from '@/modules/indicators/rules';
import { ZIndicatorVerification } from '@/modules/indicators/verification';
import { ZScoringRule } from '@/modules/scoring/rule-schema';

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((s) => s || null);

/** Forms send the rule's numbers as typed text: "" is missing (a "required" message), other text becomes a number
 *  (anything that is not one gets the number message). Values that are not text pass through unchanged. */
function numbersFromForm(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (k === 'kind' || typeof v !== 'string' || !NUMBER_KEYS.has(k)) return [k, v];
      const text = v.trim();
      return [k, text === '' ? undefined : Number(text)];
    }),
  );
}
const NUMBER_KEYS = new Set(['target', 'step', 'deductionPerStep', 'threshold', 'tolerance']);

const ZIndicatorFields = z.object({
  // Codes are compared as typed in upper case, so "pr-01" and "PR-01" cannot both exist.
  code: z.string().trim().min(1).max(20).toUpperCase().regex(/^[A-Z0-9][A-Z0-9._-]*$/),
  name: z.string().trim().min(1).max(200),
  nameEn: optionalText(200),
  unit: z.string().trim().min(1).max(20),
  category: z.enum(INDICATOR_CATEGORIES),
  valueType: z.enum(INDICATOR_VALUE_TYPES),
  // Points out of 100, stored with two decimals. An empty field is missing, not 0.
  weight: z
    .preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'string' ? Number(v) : v), z.number().min(0).max(100))
    .transform((w) => Math.round(w * 100) / 100),
  // Typed; null = not declared yet (not verifiable / no rule: the indicator needs a rule before results are scored).
  verification: z.preprocess(numbersFromForm, ZIndicatorVerification.nullable()).default(null),
  verificationNote: optionalText(2000),
  scoringRule: z.preprocess(numbersFromForm, ZScoringRule.nullable()).default(null),
  scoringNote: optionalText(4000),
});
export type TIndicatorFields = z.input<typeof ZIndicatorFields>;

export const ZCreateIndicatorInput = ZIndicatorFields.extend({ campaignId: z.string().min(1) });
export type TCreateIndicatorInput = z.input<typeof ZCreateIndicatorInput>;

export const ZUpdateIndicatorInput = ZIndicatorFields.extend({
  id: z.string().min(1),
  version: zVersion(),
});
export type TUpdateIndicatorInput = z.input<typeof ZUpdateIndicatorInput>;

export const ZRemoveIndicatorInput = z.object({ id: z.string().min(1), version: zVersion() });
export type TRemoveIndicatorInput = z.input<typeof ZRemoveIndicatorInput>;

/** `position` is where the user saw the indicator; if the order changed meanwhile, the move is a conflict. */
export const ZMoveIndicatorInput = z.object({
  id: z.string().min(1),
  position: zInt32(0),
  direction: z.enum(['up', 'down']),
});
export type TMoveIndicatorInput = z.input<typeof ZMoveIndicatorInput>;

export const ZCopyFrameworkInput = z.object({ campaignId: z.string().min(1), sourceCampaignId: z.string().min(1) });
export type TCopyFrameworkInput = z.input<typeof ZCopyFrameworkInput>;
