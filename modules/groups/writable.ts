// Loads a group for a write to it, its members or its targets. Every such write first locks the
// group's campaign row (and refuses a closed campaign), so writes within a campaign run one after
// another: a member being added and a target being assigned can never both pass the
// cross-assessment check without seeing each other.
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { assertCanManageGroups } from '@/modules/groups/access';

const GROUP_SELECT = { id: true, campaignId: true, number: true, name: true, version: true } as const;

export async function loadWritableGroup(ctx: GuardedContext, groupId: string) {
  assertCanManageGroups(ctx.actor);
  const found = await ctx.tx.assessmentGroup.findUnique({ where: { id: groupId }, select: { campaignId: true } });
  if (!found) throw new AppError('NOT_FOUND');
  await lockWritableCampaign(ctx.tx, found.campaignId);
  // Read again under the lock: the group may have been deleted while we waited.
  const group = await ctx.tx.assessmentGroup.findUnique({ where: { id: groupId }, select: GROUP_SELECT });
  if (!group) throw new AppError('NOT_FOUND');
  return group;
}
