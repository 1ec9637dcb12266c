// The campaign's results parameters as the admin form sends them: flat fields, rate thresholds in percent.
// Turned into a ResultsConfig (proportions in [0, 1]); the comparisons of the three rates are fixed by what
// each rate means (errors below the threshold, recognition at least it).
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import type { ResultsConfigField } from '@/modules/campaigns/results-config-fields';
import { DEFAULT_RESULTS_CONFIG, type ResultsConfig } from '@/modules/results/config';

const num = (min: number, max: number) =>
  z.preprocess((v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : typeof v === 'string' ? Number(v.trim()) : v), z.number().min(min).max(max));
const percent = num(0, 100);
const points = num(0, 100);
const code = z.string().trim().toUpperCase().max(20).optional().transform((s) => s || null);
/** Percent → proportion without binary noise (7 % is 0.07, not 0.07000000000000001). */
const toProportion = (p: number) => Number((p / 100).toFixed(10));


const ZResultsConfigFields = z.object({
    wrongfulExitPercent: percent,
    missedEnrolmentPercent: percent,
    recognitionPercent: percent,
    exitIncomeThreshold: num(0, 1_000_000),
    deductionGeneral: points,
    deductionSerious: points,
    deductionCritical: points,
    deductionCap: points,
    gradeExcellent: points,
    gradeGood: points,
    gradeFair: points,
    appealDays: z.coerce.number().int().min(1).max(60),
    povertyIncidenceCode: code,
    villagesLiftedOutCode: code,
});

/** Grade cut-offs descend: excellent ≥ good ≥ fair. */
function gradesInOrder(v: z.output<typeof ZResultsConfigFields>, ctx: z.RefinementCtx) {
  if (v.gradeGood > v.gradeExcellent) ctx.addIssue({ code: 'too_big', maximum: v.gradeExcellent, origin: 'number', inclusive: true, path: ['gradeGood'], input: v.gradeGood });
  if (v.gradeFair > v.gradeGood) ctx.addIssue({ code: 'too_big', maximum: v.gradeGood, origin: 'number', inclusive: true, path: ['gradeFair'], input: v.gradeFair });
}

export const ZResultsConfigForm = ZResultsConfigFields.superRefine(gradesInOrder);

export const ZUpdateResultsConfigInput = ZResultsConfigFields.extend({ campaignId: z.string().min(1), version: zVersion() }).superRefine(gradesInOrder);
export type TUpdateResultsConfigInput = z.input<typeof ZUpdateResultsConfigInput>;

export function resultsConfigFromForm(v: z.output<typeof ZResultsConfigFields>): ResultsConfig {
  const { thresholds } = DEFAULT_RESULTS_CONFIG;
  return {
    thresholds: {
      wrongfulExit: { comparison: thresholds.wrongfulExit.comparison, value: toProportion(v.wrongfulExitPercent) },
      missedEnrolment: { comparison: thresholds.missedEnrolment.comparison, value: toProportion(v.missedEnrolmentPercent) },
      recognition: { comparison: thresholds.recognition.comparison, value: toProportion(v.recognitionPercent) },
    },
    exitIncomeThreshold: v.exitIncomeThreshold,
    deductions: { GENERAL: v.deductionGeneral, SERIOUS: v.deductionSerious, CRITICAL: v.deductionCritical, capPerIndicator: v.deductionCap },
    grades: { EXCELLENT: v.gradeExcellent, GOOD: v.gradeGood, FAIR: v.gradeFair },
    appealDays: v.appealDays,
    reportedFigures: { povertyIncidence: v.povertyIncidenceCode, villagesLiftedOut: v.villagesLiftedOutCode },
  };
}

/** A stored config as the form's text fields (percent shown as percent). */
export function resultsConfigToForm(c: ResultsConfig): Record<ResultsConfigField, string> {
  const pct = (x: number) => String(Number((x * 100).toFixed(8)));
  return {
    wrongfulExitPercent: pct(c.thresholds.wrongfulExit.value),
    missedEnrolmentPercent: pct(c.thresholds.missedEnrolment.value),
    recognitionPercent: pct(c.thresholds.recognition.value),
    exitIncomeThreshold: String(c.exitIncomeThreshold),
    deductionGeneral: String(c.deductions.GENERAL),
    deductionSerious: String(c.deductions.SERIOUS),
    deductionCritical: String(c.deductions.CRITICAL),
    deductionCap: String(c.deductions.capPerIndicator),
    gradeExcellent: String(c.grades.EXCELLENT),
    gradeGood: String(c.grades.GOOD),
    gradeFair: String(c.grades.FAIR),
    appealDays: String(c.appealDays),
    povertyIncidenceCode: c.reportedFigures.povertyIncidence ?? '',
    villagesLiftedOutCode: c.reportedFigures.villagesLiftedOut ?? '',
  };
}
