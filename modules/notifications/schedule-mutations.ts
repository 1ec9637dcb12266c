// Admins set a campaign's reminder schedule; the sweep reads it for every item of the campaign.
import type { z } from 'zod';
import type { GuardedContext } from '@/lib/server/guarded';
import { fieldError } from '@/lib/server/field-error';
import { updateVersioned } from '@/lib/server/versioned-update';
import { assertCanManageCampaigns } from '@/modules/campaigns/access';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { parseDayList, ZReminderSchedule } from '@/modules/notifications/schedule';
import type { ZUpdateReminderScheduleInput } from '@/modules/notifications/schema';

export async function updateReminderSchedule(ctx: GuardedContext, input: z.output<typeof ZUpdateReminderScheduleInput>) {
  assertCanManageCampaigns(ctx.actor);
  const { campaignId, version, ...form } = input;
  await lockWritableCampaign(ctx.tx, campaignId);
  const parsed = ZReminderSchedule.safeParse({ ...form, remindDaysBefore: parseDayList(form.remindDaysBefore) });
  if (!parsed.success) throw await fieldError('remindDaysBefore', 'notifications.schedule.invalidDays');
  await updateVersioned(ctx.tx.campaign, campaignId, version, { reminderSchedule: parsed.data });
  await ctx.audit({ action: 'campaign.reminderSchedule', entityType: 'Campaign', entityId: campaignId, data: { fromVersion: version, schedule: parsed.data } });
  return { id: campaignId, version: version + 1 };
}
