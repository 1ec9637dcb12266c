// Inputs for validation-rule writes, shared by the editor form and the server.
import { z } from 'zod';
import { zInt32, zVersion } from '@/lib/zod-numbers';
import { RULE_OPERATORS } from '@/modules/validation-rules/rules';

const expression = z.string().trim().min(1).max(500);

const ZRuleFields = z.object({
  // Like indicator codes: compared in upper case, so "r-01" and "R-01" cannot both exist.
  code: z.string().trim().min(1).max(20).toUpperCase().regex(/^[A-Z0-9][A-Z0-9._-]*$/),
  description: z.string().trim().min(1).max(500),
  left: expression,
  operator: z.enum(RULE_OPERATORS),
  right: expression,
  // An empty field means no tolerance; stored with four decimals like the figures.
  tolerance: z.coerce.number().min(0).max(1e12).transform((t) => Math.round(t * 10_000) / 10_000),
});
export type TRuleFields = z.input<typeof ZRuleFields>;

export const ZCreateRuleInput = ZRuleFields.extend({ campaignId: z.string().min(1) });
export type TCreateRuleInput = z.input<typeof ZCreateRuleInput>;

export const ZUpdateRuleInput = ZRuleFields.extend({
  id: z.string().min(1),
  version: zVersion(),
});
export type TUpdateRuleInput = z.input<typeof ZUpdateRuleInput>;

export const ZRemoveRuleInput = z.object({ id: z.string().min(1), version: zVersion() });
export type TRemoveRuleInput = z.input<typeof ZRemoveRuleInput>;

/** `position` is where the user saw the rule; if the order changed meanwhile, the move is a conflict. */
export const ZMoveRuleInput = z.object({
  id: z.string().min(1),
  position: zInt32(0),
  direction: z.enum(['up', 'down']),
});
export type TMoveRuleInput = z.input<typeof ZMoveRuleInput>;
