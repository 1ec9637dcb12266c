// The fields of a campaign's results settings form. Apart from the schema (zod) so the form and its summary
// can list them without loading the validation library.
export const RESULTS_CONFIG_FIELDS = [
  'wrongfulExitPercent', 'missedEnrolmentPercent', 'recognitionPercent', 'exitIncomeThreshold',
  'deductionGeneral', 'deductionSerious', 'deductionCritical', 'deductionCap',
  'gradeExcellent', 'gradeGood', 'gradeFair', 'appealDays', 'povertyIncidenceCode', 'villagesLiftedOutCode',
] as const;
export type ResultsConfigField = (typeof RESULTS_CONFIG_FIELDS)[number];
