// Who may edit checklist templates. Templates are province-wide, like campaigns, so editing
// them is the assessment office's: the same global check as managing campaigns.
import { assertCanManageCampaigns, canManageCampaigns } from '@/modules/campaigns/access';
import type { Actor } from '@/modules/auth/actor';

export function canEditChecklists(actor: Actor): boolean {
  return canManageCampaigns(actor);
}

export function assertCanEditChecklists(actor: Actor): void {
  assertCanManageCampaigns(actor);
}
