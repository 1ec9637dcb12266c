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
import { createRng, type Rng } from '@/modules/draws/prng';
import type { SamplingRules } from '@/modules/sampling/schema';

export const SAMPLING_METHOD = 'gd2018-systematic-v1';

export type HouseholdStatusName = SamplingRules['householdStatuses'][number];
export type FrameHousehold = { code: string; villageCode: string; status: HouseholdStatusName; hasDisabledMember: boolean };
export type FrameVillage = { code: string; townCode: string; designated: boolean };
export type SamplingFrame = { villages: FrameVillage[]; households: FrameHousehold[] };

export type ShortfallLevel = 'TOWN' | 'VILLAGE' | 'HOUSEHOLD' | 'DISABLED';
/** `scope` is the code of the region whose draw fell short (the county is '' for towns). */
export type Shortfall = { level: ShortfallLevel; scope: string; needed: number; available: number };

export type SampleResult = {
  towns: string[];
  villages: string[];
  households: string[];
  /** Households added to meet the disabled-member rule. */
  addedForDisability: string[];
  shortfalls: Shortfall[];
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
  for (const village of pickedVillages) {
    const frameHouseholds = householdsOf.get(village.code)!;
    const picked = systematicPick(frameHouseholds, rules.householdsPerVillage, rng);
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

  return { towns: pickedTowns, villages: pickedVillages.map((v) => v.code), households, addedForDisability, shortfalls };
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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
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
