import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTie } from '@/modules/groups/rules';
import { createRng, shuffle } from '@/modules/draws/prng';
import { DRAW_METHOD, runDraw, verifyDraw, type DrawInputs, type DrawPairing } from '@/modules/draws/rules';

// Random region trees: node i > 0 hangs under a random earlier node; paths are materialised.
const arbInputs = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 14 }),
    groupCount: fc.integer({ min: 1, max: 4 }),
    perGroup: fc.integer({ min: 1, max: 2 }),
    homes: fc.array(fc.array(fc.option(fc.nat(), { freq: 12 }), { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    candidateMask: fc.array(fc.constantFrom(true, true, false), { minLength: 15, maxLength: 15 }),
  })
  .map(({ parents, groupCount, perGroup, homes, pairs, candidateMask }): DrawInputs => {
    const paths = ['/r0/'];
    parents.forEach((p, i) => paths.push(`${paths[p % paths.length]}r${i + 1}/`));
    const node = (n: number) => paths[n % paths.length]!;
    return {
      perGroup,
      groups: Array.from({ length: groupCount }, (_, g) => ({
        id: `g${g}`,
        number: g + 1,
        name: `第${g + 1}组`,
        members: homes[g]!.map((h, m) => ({ userId: `u${g}-${m}`, displayName: `组员${g}-${m}`, homePath: h === null ? null : node(h) })),
      })),
      candidates: paths.flatMap((path, i) => (candidateMask[i] ? [{ id: `c${i}`, name: `地区${i}`, path }] : [])),
      pairings: pairs.map(([a, b]) => ({ helperPath: node(a), helpedPath: node(b) })),
    };
  });

const pathOf = (inputs: DrawInputs, regionId: string) => inputs.candidates.find((c) => c.id === regionId)!.path;
const allowed = (inputs: DrawInputs, groupId: string, regionId: string) =>
  inputs.groups.find((g) => g.id === groupId)!.members.every((m) => findTie(m.homePath, pathOf(inputs, regionId), inputs.pairings) === null);

/** Plain depth-first backtracking over the same shuffled lists, without the matching shortcut. */
function naiveDraw(seed: string, inputs: DrawInputs): DrawPairing[] | null {
  const groups = [...inputs.groups].sort((a, b) => a.number - b.number);
  const candidates = [...inputs.candidates].sort((a, b) => (a.path < b.path ? -1 : 1));
  const rng = createRng(seed);
  const orders = groups.map(() => shuffle(candidates.map((_, i) => i), rng));
  const taken = new Set<number>();
  const out: DrawPairing[] = [];
  const step = (gi: number, slot: number, from: number): boolean => {
    if (gi === groups.length) return true;
    if (slot === inputs.perGroup) return step(gi + 1, 0, 0);
    const order = orders[gi]!;
    for (let pos = from; pos < order.length; pos++) {
      const c = order[pos]!;
      if (taken.has(c) || !allowed(inputs, groups[gi]!.id, candidates[c]!.id)) continue;
      taken.add(c);
      out.push({ groupId: groups[gi]!.id, regionId: candidates[c]!.id });
      if (step(gi, slot + 1, pos + 1)) return true;
      taken.delete(c);
      out.pop();
    }
    return false;
  };
  return step(0, 0, 0) ? out : null;
}

const sortedKeys = (pairings: DrawPairing[]) => pairings.map((p) => `${p.groupId}→${p.regionId}`).sort();

describe('runDraw (property tests over random region trees, groups and pairings)', () => {
  it('never pairs a group with a region one of its members is tied to, and serves every group exactly', () => {
    fc.assert(
      fc.property(arbInputs, fc.string(), (inputs, seed) => {
        const outcome = runDraw(seed, inputs);
        if (!outcome.ok) return;
        for (const p of outcome.pairings) expect(allowed(inputs, p.groupId, p.regionId)).toBe(true);
        expect(new Set(outcome.pairings.map((p) => p.regionId)).size).toBe(outcome.pairings.length);
        for (const g of inputs.groups) expect(outcome.pairings.filter((p) => p.groupId === g.id)).toHaveLength(inputs.perGroup);
      }),
      { numRuns: 400 },
    );
  });

  it('finds an assignment exactly when one exists, and it is the one plain backtracking finds', () => {
    fc.assert(
      fc.property(arbInputs, fc.string(), (inputs, seed) => {
        const outcome = runDraw(seed, inputs);
        const naive = naiveDraw(seed, inputs);
        expect(outcome.ok).toBe(naive !== null);
        if (outcome.ok) expect(outcome.pairings).toEqual(naive);
      }),
      { numRuns: 400 },
    );
  });

  it('reproduces exactly from the record, whatever order the inputs are listed in', () => {
    fc.assert(
      fc.property(arbInputs, fc.string(), (inputs, seed) => {
        const outcome = runDraw(seed, inputs);
        const reordered = { ...inputs, groups: [...inputs.groups].reverse(), candidates: [...inputs.candidates].reverse() };
        expect(runDraw(seed, reordered)).toEqual(outcome);
        if (!outcome.ok) return;
        const record = JSON.parse(JSON.stringify({ seed, method: DRAW_METHOD, inputs, pairings: outcome.pairings }));
        expect(verifyDraw(record)).toEqual({ status: 'MATCH' });
      }),
      { numRuns: 300 },
    );
  });

  it('explains a refusal with groups that together need more regions than they may take', () => {
    fc.assert(
      fc.property(arbInputs, (inputs) => {
        const outcome = runDraw('seed', inputs);
        if (outcome.ok || outcome.refusal.reason !== 'NO_ASSIGNMENT') return;
        const { groups, available, needed } = outcome.refusal;
        const ids = inputs.groups.filter((g) => groups.includes(g.number)).map((g) => g.id);
        const reachable = inputs.candidates.filter((c) => ids.some((id) => allowed(inputs, id, c.id)));
        expect(reachable).toHaveLength(available);
        expect(needed).toBe(ids.length * inputs.perGroup);
        expect(available).toBeLessThan(needed);
      }),
      { numRuns: 400 },
    );
  });
});

describe('runDraw on the demo geography', () => {
  const SHANWEI = { id: 'shanwei', name: '汕尾市', path: '/440000/441500/' };
  const ZHONGSHAN = { id: 'zhongshan', name: '中山市', path: '/440000/442000/' };
  const pairings = [{ helperPath: ZHONGSHAN.path, helpedPath: '/440000/441200/' }];
  const group = (homePath: string) => ({ id: 'g', number: 5, name: '第五组', members: [{ userId: 'u', displayName: '张三', homePath }] });

  it('gives a group with a Zhaoqing member Shanwei, never Zhongshan, whatever the seed', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const outcome = runDraw(seed, { perGroup: 1, groups: [group('/440000/441200/')], candidates: [ZHONGSHAN, SHANWEI], pairings });
      expect(outcome).toEqual({ ok: true, pairings: [{ groupId: 'g', regionId: 'shanwei' }] });
    }
  });

  it('refuses, naming the group, when every candidate is tied to a member', () => {
    const outcome = runDraw('a', { perGroup: 1, groups: [group('/440000/441200/441225/')], candidates: [ZHONGSHAN], pairings });
    expect(outcome).toEqual({ ok: false, refusal: { reason: 'GROUP_BLOCKED', groups: [5] } });
  });

  it('refuses when there are fewer candidates than targets wanted', () => {
    const outcome = runDraw('a', { perGroup: 2, groups: [group('/440000/441500/')], candidates: [ZHONGSHAN], pairings });
    expect(outcome).toEqual({ ok: false, refusal: { reason: 'NOT_ENOUGH_CANDIDATES', available: 1, needed: 2 } });
  });
});

describe('verifyDraw', () => {
  const inputs: DrawInputs = {
    perGroup: 1,
    groups: [1, 2, 3].map((n) => ({ id: `g${n}`, number: n, name: `第${n}组`, members: [] })),
    candidates: [1, 2, 3, 4].map((n) => ({ id: `c${n}`, name: `地区${n}`, path: `/p/c${n}/` })),
    pairings: [],
  };

  it('shows the differences when the recorded pairings were altered', () => {
    const outcome = runDraw('s', inputs);
    if (!outcome.ok) throw new Error('expected a draw');
    const [first, ...rest] = outcome.pairings;
    const unused = inputs.candidates.find((c) => !outcome.pairings.some((p) => p.regionId === c.id))!;
    const altered = [{ groupId: first!.groupId, regionId: unused.id }, ...rest];
    expect(verifyDraw({ seed: 's', method: DRAW_METHOD, inputs, pairings: altered })).toEqual({
      status: 'MISMATCH',
      missing: [altered[0]],
      extra: [first],
    });
  });

  it('does not pretend to verify a method it does not know', () => {
    expect(verifyDraw({ seed: 's', method: 'other-v9', inputs, pairings: [] })).toEqual({ status: 'UNKNOWN_METHOD', method: 'other-v9' });
  });

  it('depends on the seed', () => {
    const seeds = ['1', '2', '3', '4', '5', '6', '7', '8'];
    const results = new Set(seeds.map((s) => JSON.stringify(sortedKeys((runDraw(s, inputs) as { pairings: DrawPairing[] }).pairings))));
    expect(results.size).toBeGreaterThan(1);
  });
});
