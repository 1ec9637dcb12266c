// Bipartite b-matching (groups with a demand, candidate regions used at most once) by augmenting
// paths. The draw uses it as an exact feasibility oracle: "can the groups still left all get their
// targets?", which lets a backtracking search never take a step it would have to undo.

export type MatchingProblem = {
  /** Targets each group still needs. */
  demand: readonly number[];
  /** Per group, the candidate indices it may be given. */
  allowed: readonly (readonly number[])[];
  candidateCount: number;
  /** Candidates already handed out. */
  taken: readonly boolean[];
};

/** Maximum matching: owner[c] is the group given candidate c, or -1. */
function maxMatching(problem: MatchingProblem): { size: number; owner: number[] } {
  const owner = new Array<number>(problem.candidateCount).fill(-1);
  let size = 0;
  const augment = (group: number, visited: boolean[]): boolean => {
    for (const c of problem.allowed[group]!) {
      if (problem.taken[c] || visited[c] || owner[c] === group) continue;
      visited[c] = true;
      if (owner[c] === -1 || augment(owner[c]!, visited)) {
        owner[c] = group;
        return true;
      }
    }
    return false;
  };
  problem.demand.forEach((need, group) => {
    for (let unit = 0; unit < need; unit++) {
      if (!augment(group, new Array<boolean>(problem.candidateCount).fill(false))) break;
      size += 1;
    }
  });
  return { size, owner };
}

const totalDemand = (problem: MatchingProblem) => problem.demand.reduce((sum, n) => sum + n, 0);

export function isFeasible(problem: MatchingProblem): boolean {
  return maxMatching(problem).size === totalDemand(problem);
}

/**
 * When no full assignment exists, a set of groups that proves it (Hall's theorem): together they
 * need more targets than the candidates any of them may take. Null when an assignment exists.
 */
export function findShortfall(problem: MatchingProblem): { groups: number[]; available: number; needed: number } | null {
  const { size, owner } = maxMatching(problem);
  if (size === totalDemand(problem)) return null;
  const given = new Array<number>(problem.demand.length).fill(0);
  for (const g of owner) if (g >= 0) given[g]! += 1;
  const start = given.findIndex((n, g) => n < problem.demand[g]!);
  // Groups reachable from a short group by alternating paths: every candidate they may take is
  // already held within the set, or an augmenting path would exist.
  const groups = new Set<number>([start]);
  const candidates = new Set<number>();
  const queue = [start];
  while (queue.length > 0) {
    for (const c of problem.allowed[queue.shift()!]!) {
      if (problem.taken[c] || candidates.has(c)) continue;
      candidates.add(c);
      const holder = owner[c]!;
      if (holder >= 0 && !groups.has(holder)) {
        groups.add(holder);
        queue.push(holder);
      }
    }
  }
  const sorted = [...groups].sort((a, b) => a - b);
  return { groups: sorted, available: candidates.size, needed: sorted.reduce((sum, g) => sum + problem.demand[g]!, 0) };
}
