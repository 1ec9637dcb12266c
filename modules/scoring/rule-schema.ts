// An indicator's scoring rule, typed and executable (stored as JSON on Indicator.scoringRule).
// Values are in the indicator's own unit (a PERCENT indicator's 98.5 means 98.5 %).
import { z } from 'zod';

const finite = z.number().finite();

export const ZScoringRule = z.discriminatedUnion('kind', [
  /** Full weight at or beyond the target; below it, `deductionPerStep` points off per `step` short (never below 0).
   *  "−1 per 0.1 percentage point short of 100 %": target 100, step 0.1, deductionPerStep 1, direction AT_LEAST. */
  z.object({
    kind: z.literal('LINEAR_TO_TARGET'),
    direction: z.enum(['AT_LEAST', 'AT_MOST']),
    target: finite,
    step: finite.positive(),
    deductionPerStep: finite.nonnegative(),
  }),
  /** Full weight, or 0 when the value compares to the threshold as given ("> 5 % non-poor → 0": GT 5). */
  z.object({ kind: z.literal('ZERO_IF'), comparison: z.enum(['LT', 'LTE', 'GT', 'GTE']), threshold: finite }),
  /** weight × min(1, value ÷ target) for AT_LEAST, weight × min(1, target ÷ value) for AT_MOST. */
  z.object({ kind: z.literal('RATIO_OF_TARGET'), direction: z.enum(['AT_LEAST', 'AT_MOST']), target: finite.positive() }),
  /** Scored by the group leader, with a required reason, when the results are computed. */
  z.object({ kind: z.literal('MANUAL') }),
]);
export type ScoringRule = z.output<typeof ZScoringRule>;
export type ScoringRuleKind = ScoringRule['kind'];
