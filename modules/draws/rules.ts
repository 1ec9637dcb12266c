// The draw by lot (抽签), method 'shuffle-backtrack-v1'. Pure: the same seed and inputs give the
// same pairings on any machine, so a recorded draw can be verified from the record alone.
//
// 1. Canonical order: groups by number (then id), candidates by region path (then id), whatever
//    order the inputs came in.
// 2. A PRNG seeded from the seed (prng.ts) shuffles the full candidate list once per group, in
//    group order (Fisher–Yates), so the random stream does not depend on the rule's outcome.
// 3. Groups in order each take `perGroup` targets: the first candidate in their shuffled list that is
//    still free, that no member is tied to (groups/rules.ts), and after which the groups left can
//    still all be served. That is depth-first backtracking over the shuffled lists, with dead ends
//    cut off in advance by an exact matching check (matching.ts), so it never needs to undo a step
//    and returns the same first solution a plain backtracking search would.
// 4. When no full assignment exists the draw is refused with the reason, naming the groups.
import { findTie, type PairingPaths } from '@/modules/groups/rules';
import { findShortfall, isFeasible } from '@/modules/draws/matching';
import { createRng, shuffle } from '@/modules/draws/prng';

export const DRAW_METHOD = 'shuffle-backtrack-v1';

export type DrawMember = { userId: string; displayName: string; homePath: string | null };
export type DrawGroup = { id: string; number: number; name: string; members: DrawMember[] };
export type DrawCandidate = { id: string; name: string; path: string };
export type DrawInputs = { perGroup: number; groups: DrawGroup[]; candidates: DrawCandidate[]; pairings: PairingPaths[] };
export type DrawPairing = { groupId: string; regionId: string };

export type DrawRefusal =
  | { reason: 'NO_GROUPS' }
  | { reason: 'NOT_ENOUGH_CANDIDATES'; available: number; needed: number }
  | { reason: 'GROUP_BLOCKED'; groups: number[] }
  | { reason: 'NO_ASSIGNMENT'; groups: number[]; available: number; needed: number };

export type DrawOutcome = { ok: true; pairings: DrawPairing[] } | { ok: false; refusal: DrawRefusal };

const byNumber = (a: DrawGroup, b: DrawGroup) => a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byPath = (a: DrawCandidate, b: DrawCandidate) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : 1);

export function runDraw(seed: string, inputs: DrawInputs): DrawOutcome {
  const groups = [...inputs.groups].sort(byNumber);
  const candidates = [...inputs.candidates].sort(byPath);
  const k = inputs.perGroup;
  if (groups.length === 0) return { ok: false, refusal: { reason: 'NO_GROUPS' } };
  if (groups.length * k > candidates.length) {
    return { ok: false, refusal: { reason: 'NOT_ENOUGH_CANDIDATES', available: candidates.length, needed: groups.length * k } };
  }
  const allowed = groups.map((g) =>
    candidates.flatMap((c, i) => (g.members.every((m) => findTie(m.homePath, c.path, inputs.pairings) === null) ? [i] : [])),
  );
  const blocked = groups.filter((_, gi) => allowed[gi]!.length === 0).map((g) => g.number);
  if (blocked.length > 0) return { ok: false, refusal: { reason: 'GROUP_BLOCKED', groups: blocked } };

  const demand = groups.map(() => k);
  const taken = candidates.map(() => false);
  const problem = { demand, allowed, candidateCount: candidates.length, taken };
  const shortfall = findShortfall(problem);
  if (shortfall) {
    const numbers = shortfall.groups.map((gi) => groups[gi]!.number);
    return { ok: false, refusal: { reason: 'NO_ASSIGNMENT', groups: numbers, available: shortfall.available, needed: shortfall.needed } };
  }

  const rng = createRng(seed);
  const orders = groups.map(() => shuffle(candidates.map((_, i) => i), rng));
  const pairings: DrawPairing[] = [];
  groups.forEach((group, gi) => {
    const mayTake = new Set(allowed[gi]);
    for (let slot = 0; slot < k; slot++) {
      const pick = orders[gi]!.find((c) => {
        if (taken[c] || !mayTake.has(c)) return false;
        taken[c] = true;
        demand[gi]! -= 1;
        if (isFeasible(problem)) return true;
        taken[c] = false;
        demand[gi]! += 1;
        return false;
      });
      // Unreachable: the assignment was feasible before this step, so some candidate keeps it so.
      if (pick === undefined) throw new Error('draw: lost feasibility');
      pairings.push({ groupId: group.id, regionId: candidates[pick]!.id });
    }
  });
  return { ok: true, pairings };
}

export type DrawCheck =
  | { status: 'MATCH' }
  | { status: 'MISMATCH'; missing: DrawPairing[]; extra: DrawPairing[] }
  | { status: 'UNKNOWN_METHOD'; method: string }
  | { status: 'REFUSED'; refusal: DrawRefusal };

const keyOf = (p: DrawPairing) => `${p.groupId}→${p.regionId}`;

/** Re-runs a recorded draw and compares. `missing`: recorded but not re-drawn; `extra`: the reverse. */
export function verifyDraw(record: { seed: string; method: string; inputs: DrawInputs; pairings: DrawPairing[] }): DrawCheck {
  if (record.method !== DRAW_METHOD) return { status: 'UNKNOWN_METHOD', method: record.method };
  const outcome = runDraw(record.seed, record.inputs);
  if (!outcome.ok) return { status: 'REFUSED', refusal: outcome.refusal };
  const redrawn = new Set(outcome.pairings.map(keyOf));
  const recorded = new Set(record.pairings.map(keyOf));
  const missing = record.pairings.filter((p) => !redrawn.has(keyOf(p)));
  const extra = outcome.pairings.filter((p) => !recorded.has(keyOf(p)));
  return missing.length === 0 && extra.length === 0 ? { status: 'MATCH' } : { status: 'MISMATCH', missing, extra };
}

export type NamedPairing = DrawPairing & { groupNumber: number | null; groupName: string; regionName: string };

/** Pairings with the group and region names the record's inputs hold (ids when a name is missing). */
export function namePairings(inputs: DrawInputs, pairings: readonly DrawPairing[]): NamedPairing[] {
  const groups = new Map(inputs.groups.map((g) => [g.id, g]));
  const regions = new Map(inputs.candidates.map((c) => [c.id, c]));
  return pairings.map((p) => {
    const group = groups.get(p.groupId);
    return { ...p, groupNumber: group?.number ?? null, groupName: group?.name ?? p.groupId, regionName: regions.get(p.regionId)?.name ?? p.regionId };
  });
}
