// First-order inclusion probabilities of the households of a recorded sample: the chance that the
// sampler, run with a random seed on the same rules and frame, puts the household in the sample.
// Pure; used to weight checked households (weight = 1 / π) in the results' rate estimates.
//
// π = P(town) · P(village | town) · P(household | village), each stage as modules/sampling/rules.ts draws it:
// - town: towns picked / towns in the frame (equal-interval draw of n from N: every item has
//   probability exactly n/N, see below);
// - village: villages picked / candidate villages of the town (villages with frame households).
//   APPROXIMATION: the sampler prefers designated poor villages, so when the town has enough of them
//   the others have no chance at all, and when it has too few the rest are the largest villages, not
//   a random pick. Using picked / candidates treats the picked villages as a random draw from all of
//   the town's villages, so that Σ 1/π estimates the whole frame (the usual reading of a purposive
//   stage); it is exact when every candidate is designated (or none is and the town has no more
//   villages than the rules ask for).
// - household: systematic method: households picked / frame households of the village; survey mix:
//   households drawn from the stratum / frame households of the stratum (the per-stratum counts
//   depend on the frame alone: stratumCounts). Both exact.
//   APPROXIMATION for households added to meet the disabled-member rule: π = p + (1 − p) · a / r with
//   p the main draw's probability, a the households added in the village and r the disabled frame
//   households the main draw left; the main-drawn disabled households keep p (their small extra
//   chance of being added is left out).
// Why n/N is exact for the equal-interval draw: the start r is uniform on 0…N−1 and index i is picked
// when r + j·N ∈ [i·n, i·n + n) for some j < n; the values r + j·N cover 0…nN−1 once each, so exactly
// n of the N starts pick i.
import {
  compareCodeUnits,
  groupBy,
  STRATA,
  stratumCounts,
  splitByStratum,
  SAMPLING_METHOD,
  SURVEY_MIX_METHOD,
  type SampleResult,
  type SamplingFrame,
} from '@/modules/sampling/rules';
import type { SamplingRules } from '@/modules/sampling/schema';

export type InclusionInput = { method: string; rules: SamplingRules; frame: SamplingFrame; result: SampleResult };
export type StageProbabilities = { town: number; village: number; household: number };

/** Household code → first-order inclusion probability, for every household of the recorded sample in the frame. */
export function inclusionProbabilities(input: InclusionInput): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, p] of stageProbabilities(input)) out.set(code, p.town * p.village * p.household);
  return out;
}

/** The three stage probabilities of each sampled household (household stage conditional on its village). */
export function stageProbabilities({ method, rules, frame, result }: InclusionInput): Map<string, StageProbabilities> {
  if (method !== SAMPLING_METHOD && method !== SURVEY_MIX_METHOD) throw new Error(`Unknown sampling method ${method}`);
  const mix = method === SURVEY_MIX_METHOD ? rules.mix : undefined;
  if (method === SURVEY_MIX_METHOD && !mix) throw new Error(`${SURVEY_MIX_METHOD} needs rules with a mix`);

  // The frame exactly as drawSample builds it.
  const statuses = new Set<string>(rules.householdStatuses);
  const inFrame = frame.households.filter((h) => statuses.has(h.status)).sort((a, b) => compareCodeUnits(a.code, b.code));
  const householdsOf = groupBy(inFrame, (h) => h.villageCode);
  const villages = frame.villages.filter((v) => householdsOf.has(v.code));
  const villagesOf = groupBy(villages, (v) => v.townCode);
  const townOf = new Map(villages.map((v) => [v.code, v.townCode]));

  const ratio = (picked: number, total: number) => (total === 0 ? 0 : Math.min(picked, total) / total);
  const pTown = ratio(rules.townsPerCounty, villagesOf.size);
  const added = new Set(result.addedForDisability);
  const sampled = new Set(result.households);

  const out = new Map<string, StageProbabilities>();
  for (const village of new Set(result.villages)) {
    const members = householdsOf.get(village);
    const town = townOf.get(village);
    if (!members || town === undefined) continue;
    const pVillage = ratio(rules.villagesPerTown, villagesOf.get(town)!.length);

    // Main draw: probability per household of this village.
    const main = new Map<string, number>();
    if (mix) {
      const byStratum = splitByStratum(members);
      const { drawn } = stratumCounts(rules.householdsPerVillage, mix, STRATA.map((s) => byStratum.get(s)!.length));
      STRATA.forEach((s, k) => {
        const list = byStratum.get(s)!;
        for (const h of list) main.set(h.code, ratio(drawn[k]!, list.length));
      });
    } else {
      const p = ratio(rules.householdsPerVillage, members.length);
      for (const h of members) main.set(h.code, p);
    }

    const mineSampled = members.filter((h) => sampled.has(h.code));
    const addedHere = mineSampled.filter((h) => added.has(h.code));
    const leftDisabled = members.filter((h) => h.hasDisabledMember && !(sampled.has(h.code) && !added.has(h.code))).length;
    for (const h of mineSampled) {
      const p = main.get(h.code)!;
      const household = added.has(h.code) ? Math.min(1, p + (1 - p) * (addedHere.length / leftDisabled)) : p;
      out.set(h.code, { town: pTown, village: pVillage, household });
    }
  }
  return out;
}
