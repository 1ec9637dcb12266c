// The three rates (三率) of an assessment per county and for the city (issue 10, part 2): wrongful exit, missed
// enrolment and recognition, estimated from the completed household checks with inverse-inclusion-probability
// weights, clustered by village (modules/results/estimates.ts).
//
// - Checks: the assessment's household checks with finishedAt set; a household checked more than once counts once
//   (its latest check). Its outcome is the one stored at submission; a check without one is judged now with the
//   current rules (modules/results/outcome-rules.ts) and the campaign's exit income threshold.
// - Inclusion probability: from the sample that put the household on the visit's list (modules/sampling/inclusion.ts).
//   A household picked by hand (sampleId null), or one its sample does not account for, gets: households of its
//   village on the visit's list picked by hand ÷ households of that village in its roster snapshot; such households
//   are counted in `handPickedHouseholds` (the probability is then an approximation).
// - Denominators: wrongful exit over EXITED_THIS_YEAR + PLANNED_EXIT households; missed enrolment over NON_REGISTERED
//   households; recognition over all checked households; each only where the outcome could be decided (the
//   undecided are counted in `undecided`).
// - The city pools its counties (clusters stay villages). Counties are chosen by the group, not drawn at random, so
//   the city figures describe the visited counties, weighted within each county by its sample design.
import type { Tx } from '@/lib/server/db';
import type { HouseholdStatus } from '@/lib/generated/prisma/enums';
import type { ResultsConfig } from '@/modules/results/config';
import { estimateProportion, rateVerdict, type EstimateUnit } from '@/modules/results/estimates';
import { householdOutcome, isExitStatus, readOutcome, type HouseholdOutcome, type OutcomeAnswer } from '@/modules/results/outcome-rules';
import type { RateKey, RateResult, RegionRates } from '@/modules/results/snapshot';
import { inclusionProbabilities } from '@/modules/sampling/inclusion';
import type { SampleResult, SamplingFrame } from '@/modules/sampling/rules';
import { rulesOf } from '@/modules/sampling/schema';

type CheckedHousehold = {
  householdId: string;
  villageId: string;
  villagePath: string;
  status: HouseholdStatus;
  outcome: HouseholdOutcome;
  probability: number;
  handPicked: boolean;
};

export async function computeRegionRates(tx: Tx, assessment: { id: string; targetRegionId: string }, config: ResultsConfig): Promise<RegionRates[]> {
  const city = await tx.region.findUniqueOrThrow({ where: { id: assessment.targetRegionId }, select: { id: true, name: true, path: true } });
  const counties = await tx.region.findMany({
    where: { level: 'COUNTY', path: { startsWith: city.path } },
    select: { id: true, name: true, path: true },
  });
  const households = await loadCheckedHouseholds(tx, assessment.id, config);

  const cityRates = regionRates({ regionId: city.id, regionName: city.name, level: 'CITY' }, households, config);
  const countyRates = counties
    .map((county) => ({ county, members: households.filter((h) => h.villagePath.startsWith(county.path)) }))
    .filter(({ members }) => members.length > 0)
    .sort((a, b) => a.county.name.localeCompare(b.county.name, 'zh-CN') || (a.county.id < b.county.id ? -1 : 1))
    .map(({ county, members }) => regionRates({ regionId: county.id, regionName: county.name, level: 'COUNTY' }, members, config));
  return [cityRates, ...countyRates];
}

function regionRates(region: Pick<RegionRates, 'regionId' | 'regionName' | 'level'>, households: readonly CheckedHousehold[], config: ResultsConfig): RegionRates {
  const rate = (key: RateKey, threshold: RateResult['threshold'], inDenominator: (h: CheckedHousehold) => boolean, event: (o: HouseholdOutcome) => boolean | null): RateResult => {
    const units: EstimateUnit[] = [];
    let undecided = 0;
    for (const h of households) {
      if (!inDenominator(h)) continue;
      const value = event(h.outcome);
      if (value === null) undecided += 1;
      else units.push({ cluster: h.villageId, weight: 1 / h.probability, event: value });
    }
    const estimate = estimateProportion(units);
    return { key, threshold, estimate, verdict: rateVerdict(estimate, threshold), undecided };
  };
  return {
    ...region,
    checkedHouseholds: households.length,
    rates: [
      rate('WRONGFUL_EXIT', config.thresholds.wrongfulExit, (h) => isExitStatus(h.status), (o) => o.wrongfulExit),
      rate('MISSED_ENROLMENT', config.thresholds.missedEnrolment, (h) => h.status === 'NON_REGISTERED', (o) => o.missedEnrolment),
      rate('RECOGNITION', config.thresholds.recognition, () => true, (o) => o.recognises),
    ],
    reportedPovertyIncidence: null,
    handPickedHouseholds: households.filter((h) => h.handPicked).length,
  };
}

// The reads below are plain SQL: the same rows through nested Prisma selects took about three times as long
// (scripts/bench/results-rates.ts).
type CheckRow = {
  id: string;
  siteVisitId: string;
  templateId: string;
  outcome: unknown;
  householdId: string;
  code: string;
  status: HouseholdStatus;
  villageId: string;
  villagePath: string;
  rosterImportId: string;
  sampleId: string | null;
};

async function loadCheckedHouseholds(tx: Tx, assessmentId: string, config: ResultsConfig): Promise<CheckedHousehold[]> {
  // The latest finished check of each household (DISTINCT ON keeps the first row of each household in this order).
  const chosen = await tx.$queryRaw<CheckRow[]>`
    SELECT DISTINCT ON (hc."householdId")
      hc."id", hc."siteVisitId", hc."templateId", hc."outcome", hc."householdId",
      h."code", h."status"::text AS "status", h."regionId" AS "villageId", r."path" AS "villagePath", h."rosterImportId",
      svh."sampleId"
    FROM "HouseholdCheck" hc
    JOIN "SiteVisit" sv ON sv."id" = hc."siteVisitId"
    JOIN "Household" h ON h."id" = hc."householdId"
    JOIN "Region" r ON r."id" = h."regionId"
    LEFT JOIN "SiteVisitHousehold" svh ON svh."siteVisitId" = hc."siteVisitId" AND svh."householdId" = hc."householdId"
    WHERE sv."assessmentId" = ${assessmentId} AND hc."householdId" IS NOT NULL AND hc."finishedAt" IS NOT NULL
    ORDER BY hc."householdId", hc."finishedAt" DESC, hc."id" DESC`;
  if (chosen.length === 0) return [];

  const outcomes = await outcomesOf(tx, chosen, config);
  const probabilities = await probabilitiesOf(tx, chosen);
  return chosen.map((check) => {
    const p = probabilities.get(check.id)!;
    return { householdId: check.householdId, villageId: check.villageId, villagePath: check.villagePath, status: check.status, outcome: outcomes.get(check.id)!, probability: p.probability, handPicked: p.handPicked };
  });
}

/** Stored outcomes; checks without one are judged now with the current rules. */
async function outcomesOf(
  tx: Tx,
  checks: readonly Pick<CheckRow, 'id' | 'templateId' | 'outcome' | 'status'>[],
  config: ResultsConfig,
): Promise<Map<string, HouseholdOutcome>> {
  const out = new Map<string, HouseholdOutcome>();
  const missing = checks.filter((c) => {
    const stored = readOutcome(c.outcome);
    if (stored) out.set(c.id, stored);
    return !stored;
  });
  if (missing.length === 0) return out;
  const templateIds = [...new Set(missing.map((c) => c.templateId))];
  const items = await tx.checklistItem.findMany({
    where: { templateId: { in: templateIds } },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: { id: true, templateId: true, code: true, outcomeRole: true, answerType: true, expected: true },
  });
  const answers = await tx.$queryRaw<{ checkId: string; itemId: string; valueBool: boolean | null; valueNumber: string | null }[]>`
    SELECT "checkId", "itemId", "valueBool", "valueNumber"::text AS "valueNumber"
    FROM "ChecklistAnswer" WHERE "checkId" = ANY(${missing.map((c) => c.id)}::text[])`;
  const answersOf = new Map<string, Record<string, OutcomeAnswer>>();
  for (const a of answers) {
    const byItem = answersOf.get(a.checkId) ?? {};
    byItem[a.itemId] = { valueBool: a.valueBool, valueNumber: a.valueNumber };
    answersOf.set(a.checkId, byItem);
  }
  const itemsOf = new Map<string, typeof items>();
  for (const item of items) itemsOf.set(item.templateId, [...(itemsOf.get(item.templateId) ?? []), item]);
  for (const check of missing) {
    out.set(
      check.id,
      householdOutcome({
        status: check.status,
        items: itemsOf.get(check.templateId) ?? [],
        answers: answersOf.get(check.id) ?? {},
        exitIncomeThreshold: config.exitIncomeThreshold,
      }),
    );
  }
  return out;
}

/** Inclusion probability of each chosen check's household on its visit, keyed by check id. */
async function probabilitiesOf(tx: Tx, checks: readonly CheckRow[]): Promise<Map<string, { probability: number; handPicked: boolean }>> {
  const sampleIds = [...new Set(checks.map((c) => c.sampleId).filter((id): id is string => id !== null))];
  const samples = sampleIds.length === 0 ? [] : await tx.sample.findMany({ where: { id: { in: sampleIds } }, select: { id: true, method: true, rules: true, result: true, rosterImportId: true } });
  const frames = new Map<string, SamplingFrame>();
  const sampleProbabilities = new Map<string, Map<string, number>>();
  for (const sample of samples) {
    let frame = frames.get(sample.rosterImportId);
    if (!frame) {
      frame = await loadFrame(tx, sample.rosterImportId);
      frames.set(sample.rosterImportId, frame);
    }
    const result = sampleResultOf(sample.result);
    sampleProbabilities.set(sample.id, result ? inclusionProbabilities({ method: sample.method, rules: rulesOf(sample.rules), frame, result }) : new Map());
  }

  const resolved = new Map<string, { probability: number; handPicked: boolean }>();
  const pending: CheckRow[] = [];
  for (const c of checks) {
    const p = c.sampleId ? sampleProbabilities.get(c.sampleId)?.get(c.code) : undefined;
    if (p !== undefined && p > 0 && p <= 1) resolved.set(c.id, { probability: p, handPicked: false });
    else pending.push(c);
  }
  if (pending.length > 0) {
    // Hand-picked on the visit's list in the village, and the village's households in the roster snapshot.
    const visitIds = [...new Set(pending.map((c) => c.siteVisitId))];
    const listed = await tx.$queryRaw<{ siteVisitId: string; villageId: string; n: number }[]>`
      SELECT svh."siteVisitId", h."regionId" AS "villageId", count(*)::int AS "n"
      FROM "SiteVisitHousehold" svh JOIN "Household" h ON h."id" = svh."householdId"
      WHERE svh."siteVisitId" = ANY(${visitIds}::text[]) AND svh."sampleId" IS NULL
      GROUP BY 1, 2`;
    const rosters = [...new Set(pending.map((c) => c.rosterImportId))];
    const villages = [...new Set(pending.map((c) => c.villageId))];
    const sizes = await tx.$queryRaw<{ rosterImportId: string; villageId: string; n: number }[]>`
      SELECT "rosterImportId", "regionId" AS "villageId", count(*)::int AS "n"
      FROM "Household" WHERE "rosterImportId" = ANY(${rosters}::text[]) AND "regionId" = ANY(${villages}::text[])
      GROUP BY 1, 2`;
    const handPickedOnList = new Map(listed.map((r) => [`${r.siteVisitId}:${r.villageId}`, r.n]));
    const rosterSize = new Map(sizes.map((r) => [`${r.rosterImportId}:${r.villageId}`, r.n]));
    for (const c of pending) {
      const picked = Math.max(1, handPickedOnList.get(`${c.siteVisitId}:${c.villageId}`) ?? 1);
      const size = Math.max(picked, rosterSize.get(`${c.rosterImportId}:${c.villageId}`) ?? picked);
      resolved.set(c.id, { probability: picked / size, handPicked: true });
    }
  }
  return resolved;
}

/** The sampling frame of a roster snapshot (what modules/sampling/frame.ts loads, without recomputing the hash). */
async function loadFrame(tx: Tx, rosterImportId: string): Promise<SamplingFrame> {
  const households = await tx.$queryRaw<{ code: string; villageCode: string; status: HouseholdStatus; hasDisabledMember: boolean }[]>`
    SELECT h."code", v."code" AS "villageCode", h."status"::text AS "status", h."hasDisabledMember"
    FROM "Household" h JOIN "Region" v ON v."id" = h."regionId"
    WHERE h."rosterImportId" = ${rosterImportId}`;
  const villages = await tx.$queryRaw<{ code: string; townCode: string | null; designated: boolean }[]>`
    SELECT v."code", t."code" AS "townCode", v."isDesignatedPoorVillage" AS "designated"
    FROM "Region" v LEFT JOIN "Region" t ON t."id" = v."parentId"
    WHERE v."id" IN (SELECT DISTINCT "regionId" FROM "Household" WHERE "rosterImportId" = ${rosterImportId})`;
  return { villages: villages.map((v) => ({ ...v, townCode: v.townCode ?? '' })), households };
}

function sampleResultOf(value: unknown): SampleResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<SampleResult>;
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  if (!Array.isArray(v.households)) return null;
  return { towns: strings(v.towns), villages: strings(v.villages), households: strings(v.households), addedForDisability: strings(v.addedForDisability), shortfalls: Array.isArray(v.shortfalls) ? v.shortfalls : [] };
}
