// TEMP stand-in (helper a1): the sampling helper provides the real modules/sampling/inclusion.ts with this exact
// signature; the integrator drops this file when merging theirs.
//
// First-order inclusion probability of each sampled household: towns picked / towns in the frame × villages picked /
// candidate villages of its town × households picked / frame households of its village (capped at 1). Households
// added for the disability rule and designated-first village picks are treated like the others (an approximation).
import type { SamplingRules } from '@/modules/sampling/schema';
import type { SampleResult, SamplingFrame } from '@/modules/sampling/rules';

export function inclusionProbabilities(input: { method: string; rules: SamplingRules; frame: SamplingFrame; result: SampleResult }): Map<string, number> {
  const statuses = new Set<string>(input.rules.householdStatuses);
  const inFrame = input.frame.households.filter((h) => statuses.has(h.status));
  const householdsPerVillage = new Map<string, number>();
  for (const h of inFrame) householdsPerVillage.set(h.villageCode, (householdsPerVillage.get(h.villageCode) ?? 0) + 1);
  const villages = input.frame.villages.filter((v) => householdsPerVillage.has(v.code));
  const townOf = new Map(villages.map((v) => [v.code, v.townCode]));
  const villagesPerTown = new Map<string, number>();
  for (const v of villages) villagesPerTown.set(v.townCode, (villagesPerTown.get(v.townCode) ?? 0) + 1);
  const towns = villagesPerTown.size;

  const pickedVillagesPerTown = new Map<string, number>();
  for (const code of input.result.villages) {
    const town = townOf.get(code) ?? '';
    pickedVillagesPerTown.set(town, (pickedVillagesPerTown.get(town) ?? 0) + 1);
  }
  const villageOf = new Map(input.frame.households.map((h) => [h.code, h.villageCode]));
  const pickedPerVillage = new Map<string, number>();
  for (const code of input.result.households) {
    const village = villageOf.get(code) ?? '';
    pickedPerVillage.set(village, (pickedPerVillage.get(village) ?? 0) + 1);
  }

  const out = new Map<string, number>();
  const townP = towns === 0 ? 1 : Math.min(1, input.result.towns.length / towns);
  for (const code of input.result.households) {
    const village = villageOf.get(code);
    if (village === undefined) continue;
    const town = townOf.get(village) ?? '';
    const villageP = Math.min(1, (pickedVillagesPerTown.get(town) ?? 0) / Math.max(1, villagesPerTown.get(town) ?? 1));
    const householdP = Math.min(1, (pickedPerVillage.get(village) ?? 0) / Math.max(1, householdsPerVillage.get(village) ?? 1));
    out.set(code, townP * villageP * householdP);
  }
  return out;
}
