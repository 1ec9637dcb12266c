// Admins set a campaign's reminder schedule; the sweep reads it for every item of the campaign.
import type { z } from 'zod';
import type { GuardedContext } from '@/lib/server/guarded';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import type { ZUpdateReminderScheduleInput } from '@/modules/notifications/schema';

export async function updateReminderSchedule(ctx: GuardedContext, input: z.output<typeof ZUpdateReminderScheduleInput>) {
  assertCanManageCampaigns(ctx.actor);
  // The input schema has checked the schedule (day list, ranges, escalation order).
  const { campaignId, version, ...schedule } = input;
  await lockWritableCampaign(ctx.tx, campaignId);
  await updateVersioned(ctx.tx.campaign, campaignId, version, { reminderSchedule: schedule });
  await ctx.audit({ action: 'campaign.reminderSchedule', entityType: 'Campaign', entityId: campaignId, data: { fromVersion: version, schedule } });
  return { id: campaignId, version: version + 1 };
}
