// The cross-assessment rule (交叉考核): nobody assesses a region they are tied to.
// Regions are compared by their materialised paths ('/440000/441200/'), so the rule is pure
// and the draw by lot can re-check it from a recorded snapshot alone.
//
// A person whose home region is H may not assess a target T when
//   - T is H (HOME), T is above H (TARGET_ABOVE: H lies within T), or T is below H (TARGET_BELOW);
//   - a paired-assistance pairing links the two lines, in either direction (PAIRED): one side of the
//     pairing is H, an ancestor or a descendant of H, and the other side is T, an ancestor or a
//     descendant of T. So a Zhaoqing official may not assess Zhongshan (Zhongshan helps Zhaoqing),
//     nor may a Fengkai one (Zhongshan helps Fengkai, and Zhaoqing above it), and a Zhongshan
//     official may not assess Fengkai or any other Zhaoqing county.
//   - a person without a recorded home region cannot be checked, so they may assess nothing (NO_HOME).
// Consequence worth knowing: someone whose home region is the province may assess no region of it.

export type Relation = 'HOME' | 'TARGET_ABOVE' | 'TARGET_BELOW' | 'PAIRED' | 'NO_HOME';

export type PairingPaths = { helperPath: string; helpedPath: string };

export type Tie = { relation: Relation; pairing?: PairingPaths };

/** Same region, or one lies within the other. Paths end in '/', so a prefix is a whole ancestor. */
export function isRelated(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function linksLines(pairing: PairingPaths, home: string, target: string): boolean {
  const { helperPath: helper, helpedPath: helped } = pairing;
  return (isRelated(helper, home) && isRelated(helped, target)) || (isRelated(helped, home) && isRelated(helper, target));
}

/** Why a person from `homePath` may not assess `targetPath`, or null when they may. */
export function findTie(homePath: string | null, targetPath: string, pairings: readonly PairingPaths[]): Tie | null {
  if (homePath === null) return { relation: 'NO_HOME' };
  if (homePath === targetPath) return { relation: 'HOME' };
  if (homePath.startsWith(targetPath)) return { relation: 'TARGET_ABOVE' };
  if (targetPath.startsWith(homePath)) return { relation: 'TARGET_BELOW' };
  const pairing = pairings.find((p) => linksLines(p, homePath, targetPath));
  return pairing ? { relation: 'PAIRED', pairing } : null;
}

export type Person = { userId: string; homePath: string | null };

/** The first person of `people` (in the given order) tied to the target, with the tie. */
export function findConflict<P extends Person>(
  people: readonly P[],
  targetPath: string,
  pairings: readonly PairingPaths[],
): { person: P; tie: Tie } | null {
  for (const person of people) {
    const tie = findTie(person.homePath, targetPath, pairings);
    if (tie) return { person, tie };
  }
  return null;
}

/** Whether every person may assess the target. */
export function mayAssess(people: readonly Person[], targetPath: string, pairings: readonly PairingPaths[]): boolean {
  return findConflict(people, targetPath, pairings) === null;
}
