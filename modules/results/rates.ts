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

async function loadCheckedHouseholds(tx: Tx, assessmentId: string, config: ResultsConfig): Promise<CheckedHousehold[]> {
  const checks = await tx.householdCheck.findMany({
    where: { siteVisit: { assessmentId }, householdId: { not: null }, finishedAt: { not: null } },
    orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      siteVisitId: true,
      templateId: true,
      outcome: true,
      household: { select: { id: true, code: true, status: true, regionId: true, rosterImportId: true, region: { select: { path: true } } } },
    },
  });
  // The latest check of each household.
  const latest = new Map<string, (typeof checks)[number]>();
  for (const check of checks) if (check.household && !latest.has(check.household.id)) latest.set(check.household.id, check);
  const chosen = [...latest.values()];
  if (chosen.length === 0) return [];

  const outcomes = await outcomesOf(tx, chosen, config);
  const probabilities = await probabilitiesOf(
    tx,
    chosen.map((c) => ({ siteVisitId: c.siteVisitId, household: c.household! })),
  );
  return chosen.map((check) => {
    const h = check.household!;
    const p = probabilities.get(`${check.siteVisitId}:${h.id}`)!;
    return { householdId: h.id, villageId: h.regionId, villagePath: h.region.path, status: h.status, outcome: outcomes.get(check.id)!, probability: p.probability, handPicked: p.handPicked };
  });
}

/** Stored outcomes; checks without one are judged now with the current rules. */
async function outcomesOf(
  tx: Tx,
  checks: readonly { id: string; templateId: string; outcome: unknown; household: { status: HouseholdStatus } | null }[],
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
  const answers = await tx.checklistAnswer.findMany({
    where: { checkId: { in: missing.map((c) => c.id) } },
    select: { checkId: true, itemId: true, valueBool: true, valueNumber: true },
  });
  const answersOf = new Map<string, Record<string, OutcomeAnswer>>();
  for (const a of answers) {
    const byItem = answersOf.get(a.checkId) ?? {};
    byItem[a.itemId] = { valueBool: a.valueBool, valueNumber: a.valueNumber === null ? null : a.valueNumber.toString() };
    answersOf.set(a.checkId, byItem);
  }
  for (const check of missing) {
    out.set(
      check.id,
      householdOutcome({
        status: check.household!.status,
        items: items.filter((i) => i.templateId === check.templateId),
        answers: answersOf.get(check.id) ?? {},
        exitIncomeThreshold: config.exitIncomeThreshold,
      }),
    );
  }
  return out;
}

type Listed = { siteVisitId: string; household: { id: string; code: string; regionId: string; rosterImportId: string } };

/** Inclusion probability of each checked household on its visit, keyed `${siteVisitId}:${householdId}`. */
async function probabilitiesOf(tx: Tx, listed: readonly Listed[]): Promise<Map<string, { probability: number; handPicked: boolean }>> {
  const visitIds = [...new Set(listed.map((l) => l.siteVisitId))];
  const listRows = await tx.siteVisitHousehold.findMany({
    where: { siteVisitId: { in: visitIds } },
    select: { siteVisitId: true, householdId: true, sampleId: true, household: { select: { regionId: true } } },
  });
  const sampleOf = new Map(listRows.map((r) => [`${r.siteVisitId}:${r.householdId}`, r.sampleId]));
  const handPickedOnList = new Map<string, number>();
  for (const r of listRows) {
    if (r.sampleId !== null) continue;
    const key = `${r.siteVisitId}:${r.household.regionId}`;
    handPickedOnList.set(key, (handPickedOnList.get(key) ?? 0) + 1);
  }

  const sampleIds = [...new Set(listed.map((l) => sampleOf.get(`${l.siteVisitId}:${l.household.id}`)).filter((id): id is string => !!id))];
  const samples = await tx.sample.findMany({ where: { id: { in: sampleIds } }, select: { id: true, method: true, rules: true, result: true, rosterImportId: true } });
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

  // Roster sizes of the villages of households that need the hand-picked approximation, computed on demand.
  const rosterKeys = new Set<string>();
  const resolved = new Map<string, { probability: number; handPicked: boolean }>();
  const pending: Listed[] = [];
  for (const l of listed) {
    const key = `${l.siteVisitId}:${l.household.id}`;
    const sampleId = sampleOf.get(key);
    const p = sampleId ? sampleProbabilities.get(sampleId)?.get(l.household.code) : undefined;
    if (p !== undefined && p > 0 && p <= 1) resolved.set(key, { probability: p, handPicked: false });
    else {
      pending.push(l);
      rosterKeys.add(`${l.household.rosterImportId}:${l.household.regionId}`);
    }
  }
  if (pending.length > 0) {
    const pairs = [...rosterKeys].map((k) => k.split(':') as [string, string]);
    const sizes = await tx.household.groupBy({
      by: ['rosterImportId', 'regionId'],
      where: { OR: pairs.map(([rosterImportId, regionId]) => ({ rosterImportId, regionId })) },
      _count: { _all: true },
    });
    const rosterSize = new Map(sizes.map((s) => [`${s.rosterImportId}:${s.regionId}`, s._count._all]));
    for (const l of pending) {
      const picked = Math.max(1, handPickedOnList.get(`${l.siteVisitId}:${l.household.regionId}`) ?? 1);
      const size = Math.max(picked, rosterSize.get(`${l.household.rosterImportId}:${l.household.regionId}`) ?? picked);
      resolved.set(`${l.siteVisitId}:${l.household.id}`, { probability: picked / size, handPicked: true });
    }
  }
  return resolved;
}

/** The sampling frame of a roster snapshot (what modules/sampling/frame.ts loads, without recomputing the hash). */
async function loadFrame(tx: Tx, rosterImportId: string): Promise<SamplingFrame> {
  const households = await tx.household.findMany({ where: { rosterImportId }, select: { code: true, regionId: true, status: true, hasDisabledMember: true } });
  const villages = await tx.region.findMany({
    where: { id: { in: [...new Set(households.map((h) => h.regionId))] } },
    select: { id: true, code: true, isDesignatedPoorVillage: true, parent: { select: { code: true } } },
  });
  const codeOf = new Map(villages.map((v) => [v.id, v.code]));
  return {
    villages: villages.map((v) => ({ code: v.code, townCode: v.parent?.code ?? '', designated: v.isDesignatedPoorVillage })),
    households: households.map((h) => ({ code: h.code, villageCode: codeOf.get(h.regionId)!, status: h.status, hasDisabledMember: h.hasDisabledMember })),
  };
}

function sampleResultOf(value: unknown): SampleResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<SampleResult>;
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  if (!Array.isArray(v.households)) return null;
  return { towns: strings(v.towns), villages: strings(v.villages), households: strings(v.households), addedForDisability: strings(v.addedForDisability), shortfalls: Array.isArray(v.shortfalls) ? v.shortfalls : [] };
}
