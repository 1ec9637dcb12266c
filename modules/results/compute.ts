// Composes the results of an assessment from the contract's parts (rates, village checks, paired cross-check,
// scoring) into a ResultsSnapshot, and returns beside it everything the score sheet was computed from, so that
// "verify score" can recompute the sheet later from exactly those inputs.
import type { Tx } from '@/lib/server/db';
import { verificationOf } from '@/modules/indicators/verification';
import { findPairedCrossCheck } from '@/modules/reports/paired-cross-check';
import { findVillageSummary } from '@/modules/checks/village-summary';
import { VILLAGE_RULES_VERSION } from '@/modules/checks/village-rules';
import { resultsConfigOf } from '@/modules/results/config';
import { ESTIMATES_METHOD_VERSION, estimateProportion } from '@/modules/results/estimates';
import { OUTCOME_RULES_VERSION } from '@/modules/results/outcome-rules';
import { computeRegionRates } from '@/modules/results/rates';
import { reconcile } from '@/modules/results/reconciliation';
import { findReportedFigures } from '@/modules/results/reported-values';
import { findFindingSummary, findSampleAppendix, findAuditHead } from '@/modules/results/summary-queries';
import type { ResultsSnapshot } from '@/modules/results/snapshot';
import { scoreAssessment, type ScoringInput } from '@/modules/scoring/rules';
import { ZScoringRule, type ScoringRule } from '@/modules/scoring/rule-schema';

export type ManualScores = Record<string, { score: number; reason: string }>;
export type ComputeAssessment = { id: string; campaignId: string; targetRegionId: string };
export type ComputedResults = { snapshot: ResultsSnapshot; inputs: { scoring: ScoringInput } };

/** The stored rule, whether the column holds JSON or JSON text; null when absent or not a valid rule. */
export function scoringRuleOf(stored: unknown): ScoringRule | null {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return null;
    }
  }
  const parsed = ZScoringRule.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const toNumber = (text: string | null | undefined) => (text === null || text === undefined ? null : Number(text));

export async function computeResults(tx: Tx, assessment: ComputeAssessment, manual: ManualScores, now: Date): Promise<ComputedResults> {
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: assessment.campaignId }, select: { resultsConfig: true } });
  const config = resultsConfigOf(campaign.resultsConfig);
  const indicators = await tx.indicator.findMany({
    where: { campaignId: assessment.campaignId },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, unit: true, valueType: true, category: true, weight: true, scoringRule: true, verification: true },
  });
  const rates = await computeRegionRates(tx, assessment, config);
  const villages = await findVillageSummary(tx, assessment);
  const paired = await findPairedCrossCheck(tx, assessment.id);

  const figures = await findReportedFigures(tx, assessment.id, rates.map((r) => r.regionId).concat(assessment.targetRegionId));
  const cityFigures = figures.get(assessment.targetRegionId) ?? new Map<string, string>();
  const codeToId = new Map(indicators.map((i) => [i.code, i.id]));
  const figureOf = (regionId: string, code: string | null) => {
    const id = code ? codeToId.get(code) : undefined;
    return id ? (figures.get(regionId)?.get(id) ?? null) : null;
  };
  const ratesWithFigures = rates.map((r) => ({ ...r, reportedPovertyIncidence: figureOf(r.regionId, config.reportedFigures.povertyIncidence) }));
  const villagesWithFigure = { ...villages, reportedVillagesLiftedOut: figureOf(assessment.targetRegionId, config.reportedFigures.villagesLiftedOut) };

  const helpedIds = [...new Set(paired.map((p) => p.helpedRegionId))];
  const target = await tx.region.findUniqueOrThrow({ where: { id: assessment.targetRegionId }, select: { path: true } });
  const targetIsHelped =
    helpedIds.length > 0 &&
    (await tx.region.count({ where: { id: { in: helpedIds }, path: { startsWith: target.path } } })) === helpedIds.length;
  const reconciliation = reconcile(
    indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      valueType: i.valueType,
      verification: verificationOf(i.verification),
      reported: cityFigures.get(i.id) ?? null,
    })),
    {
      cityRates: ratesWithFigures.find((r) => r.level === 'CITY') ?? null,
      villagesMeeting: estimateProportion(villages.villages.map((v) => ({ cluster: v.villageId, weight: 1, event: v.meetsExitConditions }))),
      paired,
      targetIsHelped,
    },
  );

  const verifiedById = new Map(reconciliation.map((r) => [r.indicatorId, r.verified?.value ?? null]));
  const findings = await tx.finding.findMany({
    where: { assessmentId: assessment.id, status: { notIn: ['DRAFT', 'WITHDRAWN'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { indicatorId: true, category: true, severity: true },
  });
  // Where nothing could be verified, the verified column scores the reported value (so the two totals compare).
  const scoring: ScoringInput = {
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      category: i.category,
      weight: Number(i.weight),
      rule: scoringRuleOf(i.scoringRule),
    })),
    reported: Object.fromEntries(indicators.map((i) => [i.id, toNumber(cityFigures.get(i.id))])),
    verified: Object.fromEntries(
      indicators.map((i) => [i.id, verifiedById.has(i.id) ? verifiedById.get(i.id)! : toNumber(cityFigures.get(i.id))]),
    ),
    manual,
    findings,
    config,
  };

  const scores = scoreAssessment(scoring);
  const snapshot: ResultsSnapshot = {
    methodVersions: {
      outcomes: OUTCOME_RULES_VERSION,
      estimates: ESTIMATES_METHOD_VERSION,
      scoring: scores.methodVersion,
      villages: VILLAGE_RULES_VERSION,
    },
    computedAt: now.toISOString(),
    config,
    rates: ratesWithFigures,
    villages: villagesWithFigure,
    reconciliation,
    pairedCrossCheck: paired,
    scores,
    findings: await findFindingSummary(tx, assessment.id, now),
    samples: await findSampleAppendix(tx, assessment.id),
    auditHead: await findAuditHead(tx),
  };
  return { snapshot, inputs: { scoring } };
}
