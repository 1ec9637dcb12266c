// The shape of an assessment's computed results: what the results page, the print page, the .docx report and
// the campaign table show. Computed by modules/results/compute.ts and stored whole (AssessmentResult.snapshot)
// with every method version and parameter, so that "verify score" can recompute it later and compare.
// Numbers are plain JSON numbers; proportions are in [0, 1]; reported figures keep their decimal text.
import type { FindingSeverity, FindingStatus, IndicatorCategory } from '@/lib/generated/prisma/enums';
import type { RateThreshold, ResultsConfig } from '@/modules/results/config';
import type { ScoringRule } from '@/modules/scoring/rule-schema';

export type RateKey = 'WRONGFUL_EXIT' | 'MISSED_ENROLMENT' | 'RECOGNITION';
export type Verdict = 'PASS' | 'FAIL' | 'INCONCLUSIVE' | 'NO_DATA';

/** A proportion estimated from a weighted sample clustered by village (modules/results/estimates.ts). */
export type ProportionEstimate = {
  /** Units in the denominator, and those among them with the event (both unweighted). */
  n: number;
  events: number;
  /** Villages the units came from. */
  clusters: number;
  /** Weighted (inverse inclusion probability) proportion. */
  estimate: number;
  /** 95 % Wilson interval computed on the effective sample size. */
  lower: number;
  upper: number;
  effectiveN: number;
  /** designEffect = clustering × weights (Kish); each ≥ 1. */
  designEffect: number;
  designEffectClustering: number;
  designEffectWeights: number;
};

export type RateResult = {
  key: RateKey;
  threshold: RateThreshold;
  estimate: ProportionEstimate | null;
  verdict: Verdict;
  /** Households of the denominator whose outcome could not be decided (an answer missing): left out of the estimate. */
  undecided?: number;
};

export type RegionRates = {
  regionId: string;
  regionName: string;
  level: 'CITY' | 'COUNTY';
  checkedHouseholds: number;
  rates: RateResult[];
  /** Poverty incidence as the region reported it (percent, decimal text), beside the rates. */
  reportedPovertyIncidence: string | null;
  /** Checked households picked by hand (no sample): their inclusion probability is approximated (modules/results/rates.ts). */
  handPickedHouseholds?: number;
};

export type VillageVerdict = {
  checkId: string;
  villageId: string;
  villageName: string;
  countyName: string;
  meetsExitConditions: boolean;
  /** Codes of the "eight haves" items that fail. */
  failedItemCodes: string[];
  /** Codes of expected items left unanswered: the check is undecided (and counted as not meeting the conditions). */
  unansweredItemCodes?: string[];
};

export type VillageSummary = {
  checked: number;
  meeting: number;
  /** Villages lifted out as the region reported (decimal text), beside what was checked. */
  reportedVillagesLiftedOut: string | null;
  villages: VillageVerdict[];
  /** VILLAGE_RULES_VERSION of modules/checks/village-rules.ts the verdicts were computed with. */
  rulesVersion?: string;
};

/** One indicator's reported value beside what was verified. */
export type ReconciliationRow = {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  verification: 'SAMPLE_ESTIMATE' | 'CROSS_CHECK';
  reported: string | null;
  /** In the indicator's unit; bounds only for sample estimates. */
  verified: { value: number; lower: number | null; upper: number | null } | null;
  difference: number | null;
  tolerance: number | null;
  flagged: boolean;
  /** A cross-check whose counterpart figures cannot be expressed in the indicator's unit: not compared. */
  unitMismatch?: boolean;
};

/** Paired assistance: what the helper city reports giving a helped county beside what the helped side reports receiving. */
export type PairedCrossCheckRow = {
  helpedRegionId: string;
  helpedRegionName: string;
  /** The helping city (a county may be helped by more than one). */
  helperRegionId?: string;
  helperRegionName?: string;
  field: 'funds' | 'countyTeams' | 'villageTeams' | 'staffStationed';
  unit: string;
  helperReported: string | null;
  helpedReported: string | null;
  difference: string | null;
  flagged: boolean;
};

export type Grade = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';

export type IndicatorScore = {
  indicatorId: string;
  code: string;
  name: string;
  section: IndicatorCategory;
  weight: number;
  rule: ScoringRule | null;
  reportedValue: number | null;
  verifiedValue: number | null;
  /** Before deductions; null when the value (or a manual score) is missing. */
  reportedScore: number | null;
  verifiedScore: number | null;
  /** Points off for confirmed or issued findings on this indicator (capped). */
  deduction: number;
  manualReason: string | null;
};

export type SectionScore = { section: IndicatorCategory; weight: number; reported: number; verified: number };

export type ScoreSheet = {
  methodVersion: string;
  indicators: IndicatorScore[];
  sections: SectionScore[];
  /** Out of 100, after deductions. */
  totalReported: number;
  totalVerified: number;
  gradeReported: Grade;
  gradeVerified: Grade;
};

export type FindingSummary = {
  bySeverity: Record<FindingSeverity, number>;
  byStatus: Record<FindingStatus, number>;
  rectification: { total: number; verified: number; overdue: number };
};

export type SampleAppendix = {
  sampleId: string;
  countyName: string;
  seed: string;
  method: string;
  rules: unknown;
  rosterHash: string;
  createdAt: string;
};

export type ResultsSnapshot = {
  methodVersions: { outcomes: string; estimates: string; scoring: string; villages: string };
  computedAt: string;
  config: ResultsConfig;
  /** The city first, then its counties by name. */
  rates: RegionRates[];
  villages: VillageSummary;
  reconciliation: ReconciliationRow[];
  pairedCrossCheck: PairedCrossCheckRow[];
  scores: ScoreSheet;
  findings: FindingSummary;
  samples: SampleAppendix[];
  /** The newest audit event when the results were computed. */
  auditHead: { id: string; hash: string } | null;
};
