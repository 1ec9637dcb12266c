// Who may change campaigns and their indicator framework. Campaigns are province-wide,
// so there is no row scope: managing them is the assessment office's global permission.
import { AppError } from '@/lib/app-error';
import { hasPermission, isAdmin, type Actor } from '@/modules/auth/actor';

export function canManageCampaigns(actor: Actor): boolean {
  // Both: the permission table and the global role, so a scoped role granted the permission by mistake still fails.
  return isAdmin(actor) && hasPermission(actor, 'campaign.manage');
}

export function assertCanManageCampaigns(actor: Actor): void {
  if (!canManageCampaigns(actor)) throw new AppError('FORBIDDEN');
}
