// A campaign's results parameters (stored as JSON on Campaign.resultsConfig; null = the defaults):
// thresholds of the three rates, the exit income threshold, deductions for findings, and grade cut-offs.
// Every figure is frozen into each computed result, so changing the campaign later never changes a result.
import { z } from 'zod';

const proportion = z.number().min(0).max(1);
const points = z.number().min(0).max(100);

export const ZRateThreshold = z.object({ comparison: z.enum(['BELOW', 'AT_LEAST']), value: proportion });
export type RateThreshold = z.output<typeof ZRateThreshold>;

export const ZResultsConfig = z.object({
  thresholds: z.object({
    /** 错退率: share of exited and planned-exit households that do not meet the exit standard. */
    wrongfulExit: ZRateThreshold,
    /** 漏评率: share of non-registered households below the standard. */
    missedEnrolment: ZRateThreshold,
    /** 群众认可度: share of checked households that recognise the assistance. */
    recognition: ZRateThreshold,
  }),
  /** Income per person per year (yuan) at or above which a household meets the income part of the exit standard. */
  exitIncomeThreshold: z.number().min(0).max(1_000_000),
  /** Points deducted per confirmed or issued finding, by severity; at most `capPerIndicator` per indicator. */
  deductions: z.object({
    GENERAL: points,
    SERIOUS: points,
    CRITICAL: points,
    capPerIndicator: points,
  }),
  /** Lowest total (out of 100) for each grade; below `FAIR` is POOR. */
  grades: z.object({ EXCELLENT: points, GOOD: points, FAIR: points }),
  /** Days officials have to appeal after the leader submits the results. */
  appealDays: z.number().int().min(1).max(60),
  /** Codes of the indicators whose reported figures are set beside the rates and the village checks. */
  reportedFigures: z.object({ povertyIncidence: z.string().max(40).nullable(), villagesLiftedOut: z.string().max(40).nullable() }),
});
export type ResultsConfig = z.output<typeof ZResultsConfig>;

export const DEFAULT_RESULTS_CONFIG: ResultsConfig = {
  thresholds: {
    wrongfulExit: { comparison: 'BELOW', value: 0.02 },
    missedEnrolment: { comparison: 'BELOW', value: 0.02 },
    recognition: { comparison: 'AT_LEAST', value: 0.9 },
  },
  exitIncomeThreshold: 7365,
  deductions: { GENERAL: 0.5, SERIOUS: 1, CRITICAL: 2, capPerIndicator: 5 },
  grades: { EXCELLENT: 90, GOOD: 80, FAIR: 70 },
  appealDays: 5,
  reportedFigures: { povertyIncidence: 'PR-03', villagesLiftedOut: 'TA-03' },
};

/** A campaign's parameters, or the defaults when none (or nothing valid) is stored. */
export function resultsConfigOf(stored: unknown): ResultsConfig {
  const parsed = ZResultsConfig.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RESULTS_CONFIG;
}
