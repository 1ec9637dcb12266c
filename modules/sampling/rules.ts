// The sampling planner, method 'gd2018-systematic-v1'. Pure: the same seed, rules and frame give the
// same sample on any machine, so a recorded sample can be re-derived from its record alone.
//
// 1. Frame: the roster households whose status the rules name. A village is in the frame when it has
//    such a household; a town when it has such a village. Everything is sorted by code, comparing
//    strings by UTF-16 code unit (never a locale-dependent collation).
// 2. One PRNG (modules/draws/prng.ts: xoshiro128** from SHA-256 of the seed) drives every draw, in
//    canonical order: towns, then each drawn town's villages, then each drawn village's households.
// 3. Equal-interval draw of n from N sorted items: start r = rng.nextInt(N), pick indices
//    floor((r + j·N) / n) for j = 0…n−1 (interval N/n, random start in [0, N/n)). n ≥ N takes all.
// 4. Villages: designated poor villages first (drawn equal-interval when there are more than needed);
//    when a town has fewer, the rest are its other villages with the most roster households.
// 5. Households: equal-interval draw; when it holds fewer households with a disabled member than the
//    rules ask for, more are drawn equal-interval from the village's other disabled households and added.
// Any level with fewer items than the rules ask for takes all and reports a shortfall.
//
// Method 'gd2018-survey-mix-v1' (rules with a `mix`): steps 1–4 and the disabled-member rule are the
// same; step 5 draws each village's households per stratum (STRATA below, in that order):
//   a. allocation: n households split in the mix's shares by largest remainder (ties to the earlier
//      stratum), e.g. 10 at 5 : 3 : 2 → 5, 3, 2;
//   b. a stratum with fewer households than its allocation gives all it has, and its shortfall is
//      filled from the other strata in STRATA order (each up to what it has left), repeated until no
//      stratum has spare households; every short stratum is reported (level STRATUM);
//   c. each stratum is then drawn equal-interval with its final count, in STRATA order.
// The final counts depend on the frame alone, so a household's chance within its village is exactly
// count / households of its stratum (modules/sampling/inclusion.ts).
import { createRng, type Rng } from '@/modules/draws/prng';
import type { SamplingRules } from '@/modules/sampling/schema';

export const SAMPLING_METHOD = 'gd2018-systematic-v1';
export const SURVEY_MIX_METHOD = 'gd2018-survey-mix-v1';
export const SAMPLING_METHODS = [SAMPLING_METHOD, SURVEY_MIX_METHOD] as const;

/** The method a set of rules draws with. */
export function samplingMethodOf(rules: SamplingRules): string {
  return rules.mix ? SURVEY_MIX_METHOD : SAMPLING_METHOD;
}

export type HouseholdStatusName = SamplingRules['householdStatuses'][number];
/** `ableToWork` is read by the survey mix only (frames recorded before it existed lack it). */
export type FrameHousehold = { code: string; villageCode: string; status: HouseholdStatusName; hasDisabledMember: boolean; ableToWork?: boolean };

export const STRATA = ['registeredAbleToWork', 'nonRegistered', 'registeredUnableToWork'] as const;
export type Stratum = (typeof STRATA)[number];
export type Mix = NonNullable<SamplingRules['mix']>;

export function stratumOf(h: Pick<FrameHousehold, 'status' | 'ableToWork'>): Stratum {
  if (h.status === 'NON_REGISTERED') return 'nonRegistered';
  return h.ableToWork ? 'registeredAbleToWork' : 'registeredUnableToWork';
}
export type FrameVillage = { code: string; townCode: string; designated: boolean };
export type SamplingFrame = { villages: FrameVillage[]; households: FrameHousehold[] };

export type ShortfallLevel = 'TOWN' | 'VILLAGE' | 'HOUSEHOLD' | 'DISABLED' | 'STRATUM';
/** `scope` is the code of the region whose draw fell short (the county is '' for towns); `stratum`
 *  names the survey-mix stratum of a STRATUM shortfall. */
export type Shortfall = { level: ShortfallLevel; scope: string; needed: number; available: number; stratum?: Stratum };

/** Survey mix: how one village's households were split over the strata. */
export type StratumDraw = { village: string; stratum: Stratum; allocated: number; drawn: number; available: number };

export type SampleResult = {
  towns: string[];
  villages: string[];
  households: string[];
  /** Households added to meet the disabled-member rule. */
  addedForDisability: string[];
  shortfalls: Shortfall[];
  /** Survey mix only: each drawn village's allocation and draw per stratum. */
  strata?: StratumDraw[];
};

export const byCode = <T extends { code: string }>(a: T, b: T) => compareCodeUnits(a.code, b.code);

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Equal-interval (systematic) draw of n items from a list already in canonical order. */
export function systematicPick<T>(items: readonly T[], n: number, rng: Rng): T[] {
  const total = items.length;
  if (n <= 0 || total === 0) return [];
  if (n >= total) return [...items];
  const start = rng.nextInt(total);
  return Array.from({ length: n }, (_, j) => items[Math.floor((start + j * total) / n)]!);
}

export function drawSample(seed: string, rules: SamplingRules, frame: SamplingFrame): SampleResult {
  const rng = createRng(seed);
  const shortfalls: Shortfall[] = [];
  const short = (level: ShortfallLevel, scope: string, needed: number, available: number) => {
    if (available < needed) shortfalls.push({ level, scope, needed, available });
  };

  const statuses = new Set<string>(rules.householdStatuses);
  const inFrame = frame.households.filter((h) => statuses.has(h.status)).sort(byCode);
  const householdsOf = groupBy(inFrame, (h) => h.villageCode);
  const rosterSize = countBy(frame.households, (h) => h.villageCode);
  const villages = frame.villages.filter((v) => householdsOf.has(v.code)).sort(byCode);
  const villagesOf = groupBy(villages, (v) => v.townCode);
  const towns = [...villagesOf.keys()].sort(compareCodeUnits);

  const pickedTowns = systematicPick(towns, rules.townsPerCounty, rng);
  short('TOWN', '', rules.townsPerCounty, towns.length);

  const pickedVillages: FrameVillage[] = [];
  for (const town of pickedTowns) {
    const candidates = villagesOf.get(town)!;
    pickedVillages.push(...pickVillages(candidates, rules.villagesPerTown, rosterSize, rng));
    short('VILLAGE', town, rules.villagesPerTown, candidates.length);
  }

  const households: string[] = [];
  const addedForDisability: string[] = [];
  const strata: StratumDraw[] = [];
  for (const village of pickedVillages) {
    const frameHouseholds = householdsOf.get(village.code)!;
    let picked: FrameHousehold[];
    if (rules.mix) {
      const byStratum = splitByStratum(frameHouseholds);
      const counts = stratumCounts(rules.householdsPerVillage, rules.mix, STRATA.map((s) => byStratum.get(s)!.length));
      picked = [];
      for (const [k, stratum] of STRATA.entries()) {
        const members = byStratum.get(stratum)!;
        picked.push(...systematicPick(members, counts.drawn[k]!, rng));
        strata.push({ village: village.code, stratum, allocated: counts.allocated[k]!, drawn: counts.drawn[k]!, available: members.length });
        if (members.length < counts.allocated[k]!) shortfalls.push({ level: 'STRATUM', scope: village.code, needed: counts.allocated[k]!, available: members.length, stratum });
      }
    } else picked = systematicPick(frameHouseholds, rules.householdsPerVillage, rng);
    short('HOUSEHOLD', village.code, rules.householdsPerVillage, frameHouseholds.length);
    const missing = rules.disabledPerVillage - picked.filter((h) => h.hasDisabledMember).length;
    if (missing > 0) {
      const chosen = new Set(picked.map((h) => h.code));
      const others = frameHouseholds.filter((h) => h.hasDisabledMember && !chosen.has(h.code));
      const extra = systematicPick(others, missing, rng);
      addedForDisability.push(...extra.map((h) => h.code));
      picked.push(...extra);
      short('DISABLED', village.code, rules.disabledPerVillage, rules.disabledPerVillage - missing + others.length);
    }
    households.push(...picked.map((h) => h.code).sort(compareCodeUnits));
  }

  const result: SampleResult = { towns: pickedTowns, villages: pickedVillages.map((v) => v.code), households, addedForDisability, shortfalls };
  return rules.mix ? { ...result, strata } : result;
}

/** A village's frame households per stratum, each list in code order. */
export function splitByStratum(households: readonly FrameHousehold[]): Map<Stratum, FrameHousehold[]> {
  const out = new Map<Stratum, FrameHousehold[]>(STRATA.map((s) => [s, []]));
  for (const h of households) out.get(stratumOf(h))!.push(h);
  return out;
}

/**
 * Survey mix, one village: n split in the shares by largest remainder (`allocated`), then the
 * shortfall of any stratum moved to the others in STRATA order (`drawn`). Pure; depends on counts only.
 */
export function stratumCounts(n: number, mix: Mix, available: readonly number[]): { allocated: number[]; drawn: number[] } {
  const shares = STRATA.map((s) => mix[s]);
  const total = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total === 0 ? 0 : (n * s) / total));
  const allocated = exact.map(Math.floor);
  let rest = n - allocated.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, k) => ({ k, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.k - b.k);
  for (const { k } of byRemainder) {
    if (rest <= 0) break;
    if (shares[k]! > 0) {
      allocated[k]!++;
      rest--;
    }
  }
  const drawn = allocated.map((a, k) => Math.min(a, available[k]!));
  let missing = n - drawn.reduce((a, b) => a + b, 0);
  for (let k = 0; k < STRATA.length && missing > 0; k++) {
    const spare = available[k]! - drawn[k]!;
    const take = Math.min(spare, missing);
    drawn[k]! += take;
    missing -= take;
  }
  return { allocated, drawn };
}

/** Designated poor villages first; when there are too few, the other villages with the largest rosters. */
function pickVillages(candidates: FrameVillage[], needed: number, rosterSize: Map<string, number>, rng: Rng): FrameVillage[] {
  const designated = candidates.filter((v) => v.designated);
  if (designated.length >= needed) return systematicPick(designated, needed, rng);
  const others = candidates
    .filter((v) => !v.designated)
    .sort((a, b) => (rosterSize.get(b.code) ?? 0) - (rosterSize.get(a.code) ?? 0) || byCode(a, b));
  return [...designated, ...others.slice(0, needed - designated.length)].sort(byCode);
}

/** How many more counties of the target city the visits must cover (0 when the rule holds). */
export function countyShortfall(rules: SamplingRules, plannedCounties: number, availableCounties: number): number {
  return Math.max(0, Math.min(rules.countiesPerCity, availableCounties) - plannedCounties);
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}
