// Sampling rules (stored as JSON on Campaign.samplingRules) and the inputs of sampling actions.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';

const count = (max: number) => z.coerce.number().int().min(0).max(max);

export const ZSamplingRules = z.object({
  countiesPerCity: count(50),
  townsPerCounty: count(50),
  villagesPerTown: count(50),
  householdsPerVillage: count(500),
  /** Households with a disabled member each village's sample must contain, where the frame has them. */
  disabledPerVillage: count(50),
  /** The household statuses that make up the frame (planned-exit households in 2018). */
  householdStatuses: z.array(z.enum(['REGISTERED_POOR', 'EXITED_THIS_YEAR', 'PLANNED_EXIT', 'NON_REGISTERED'])).min(1),
  /** The satisfaction-survey mix: each village's households drawn per stratum in these shares
   *  (method gd2018-survey-mix-v1). Absent: one equal-interval draw (gd2018-systematic-v1). */
  mix: z
    .object({
      /** Registered households (poor, exited this year, planned exit) with someone able to work. */
      registeredAbleToWork: count(100),
      nonRegistered: count(100),
      /** Registered households with no one able to work. */
      registeredUnableToWork: count(100),
    })
    .refine((m) => m.registeredAbleToWork + m.nonRegistered + m.registeredUnableToWork > 0, { message: 'mixSharesZero', path: ['registeredAbleToWork'] })
    .optional(),
});
export type SamplingRules = z.output<typeof ZSamplingRules>;

/** Guangdong 2018: ≥ 2 counties per city, ≥ 2 towns per county, ≥ 2 high-poverty villages per town,
 *  ≥ 10 planned-exit households per village including ≥ 1 with a disabled member. */
export const GD2018_RULES: SamplingRules = {
  countiesPerCity: 2,
  townsPerCounty: 2,
  villagesPerTown: 2,
  householdsPerVillage: 10,
  disabledPerVillage: 1,
  householdStatuses: ['PLANNED_EXIT'],
};

/** Guangdong 2018 satisfaction survey: 5 : 3 : 2 of registered able-to-work poor : non-registered :
 *  registered unable-to-work, ≥ 2 villages per county (2 towns × 1 would do; we keep 2 × 2), ≥ 10 households per village. */
export const GD2018_SURVEY_MIX_RULES: SamplingRules = {
  ...GD2018_RULES,
  householdStatuses: ['REGISTERED_POOR', 'EXITED_THIS_YEAR', 'PLANNED_EXIT', 'NON_REGISTERED'],
  mix: { registeredAbleToWork: 5, nonRegistered: 3, registeredUnableToWork: 2 },
};

/** A campaign's rules, or the default when none (or nothing valid) is stored. */
export function rulesOf(stored: unknown): SamplingRules {
  const parsed = ZSamplingRules.safeParse(stored);
  return parsed.success ? parsed.data : GD2018_RULES;
}

export const ZDrawSampleInput = z.object({
  siteVisitId: z.string().min(1),
  version: zVersion(),
  /** Optional: a seed announced in advance; otherwise the server draws one from crypto random. */
  seed: z.string().trim().max(128).optional().transform((s) => s || undefined),
});
export type TDrawSampleInput = z.input<typeof ZDrawSampleInput>;

export const ZVerifySampleInput = z.object({ sampleId: z.string().min(1) });
export type TVerifySampleInput = z.input<typeof ZVerifySampleInput>;

export const ZUpdateSamplingRulesInput = ZSamplingRules.extend({ campaignId: z.string().min(1), version: zVersion() });
export type TUpdateSamplingRulesInput = z.input<typeof ZUpdateSamplingRulesInput>;
