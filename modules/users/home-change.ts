// A new home region must not make a person tied to what their groups assess: the cross-assessment
// rule is checked again for every group of a campaign not yet closed, and a refusal names the
// person and the conflict like on the group page.
import type { Tx } from '@/lib/server/db';
import { assertMayAssess, loadPairings } from '@/modules/groups/cross-check';

export async function assertNewHomeKeepsGroupsClear(tx: Tx, userId: string, homeRegionId: string): Promise<void> {
  // One after another: a transaction's queries share its one connection.
  const user = await tx.user.findUnique({ where: { id: userId }, select: { displayName: true, homeRegionId: true } });
  const home = await tx.region.findUnique({ where: { id: homeRegionId }, select: { path: true, name: true } });
  const groups = await tx.roleAssignment.findMany({
    where: { userId, role: { in: ['GROUP_LEADER', 'ASSESSOR'] }, group: { campaign: { status: { not: 'CLOSED' } } } },
    select: { group: { select: { assessments: { orderBy: { targetRegion: { path: 'asc' } }, select: { targetRegion: { select: { path: true, name: true } } } } } } },
  });
  if (!user || !home || user.homeRegionId === homeRegionId) return;
  const targets = groups.flatMap((g) => g.group?.assessments.map((a) => a.targetRegion) ?? []);
  if (targets.length === 0) return;
  const person = { userId, displayName: user.displayName, homePath: home.path, homeName: home.name };
  assertMayAssess([person], targets, await loadPairings(tx));
}
