// The cross-assessment rule against the database: loads the people of a group and the pairings,
// and turns a tie (groups/rules.ts) into a refusal that names the person and the reason.
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';
import { findConflict, type PairingPaths, type Tie } from '@/modules/groups/rules';

export type GroupPerson = { userId: string; displayName: string; homePath: string | null; homeName: string | null };
export type NamedPairing = PairingPaths & { helperName: string; helpedName: string };
type Target = { path: string; name: string };

/** Leader first, then members in the order they joined. */
export async function loadGroupPeople(tx: Tx, groupId: string): Promise<GroupPerson[]> {
  const rows = await tx.roleAssignment.findMany({
    where: { groupId, role: { in: ['GROUP_LEADER', 'ASSESSOR'] } },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: { user: { select: { id: true, displayName: true, homeRegion: { select: { path: true, name: true } } } } },
  });
  return rows.map(({ user }) => ({
    userId: user.id,
    displayName: user.displayName,
    homePath: user.homeRegion?.path ?? null,
    homeName: user.homeRegion?.name ?? null,
  }));
}

export async function loadPairings(tx: Tx): Promise<NamedPairing[]> {
  const rows = await tx.regionPairing.findMany({
    orderBy: { id: 'asc' },
    select: { helperRegion: { select: { path: true, name: true } }, helpedRegion: { select: { path: true, name: true } } },
  });
  return rows.map((p) => ({
    helperPath: p.helperRegion.path,
    helperName: p.helperRegion.name,
    helpedPath: p.helpedRegion.path,
    helpedName: p.helpedRegion.name,
  }));
}

function tieError(person: GroupPerson, target: Target, tie: Tie, pairings: readonly NamedPairing[]): AppError {
  const pairing = pairings.find((p) => p.helperPath === tie.pairing?.helperPath && p.helpedPath === tie.pairing?.helpedPath);
  return new AppError('RULE_VIOLATION', {
    messageKey: `groups.errors.tie.${tie.relation}`,
    params: {
      person: person.displayName,
      home: person.homeName ?? '',
      target: target.name,
      helper: pairing?.helperName ?? '',
      helped: pairing?.helpedName ?? '',
    },
  });
}

/** Refuses, naming the first person tied to any of the targets. */
export function assertMayAssess(
  people: readonly GroupPerson[],
  targets: readonly Target[],
  pairings: readonly NamedPairing[],
): void {
  for (const target of targets) {
    const conflict = findConflict(people, target.path, pairings);
    if (conflict) throw tieError(conflict.person, target, conflict.tie, pairings);
  }
}
