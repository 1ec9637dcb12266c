// Inputs of the notification centre: mark one notification read, or all of one's own that the
// page showing the button knew of (`seenAt`: when it was rendered), so a stale tab does not mark
// notifications its reader never saw.
import { z } from 'zod';
import { checkEscalationOrder, MAX_DAYS, ZDayListText } from '@/modules/notifications/schedule';

export const ZMarkNotificationReadInput = z.object({ id: z.string().min(1).max(64) });
export const ZMarkAllNotificationsReadInput = z.object({ seenAt: z.iso.datetime().transform((value) => new Date(value)) });

/** A campaign's reminder schedule as the form sends it: the day list as text, the escalations as numbers. */
export const ZUpdateReminderScheduleInput = z
  .object({
    campaignId: z.string().min(1).max(64),
    version: z.coerce.number().int().min(1).max(2_147_483_647),
    remindDaysBefore: ZDayListText,
    escalateRegionAfterDays: z.coerce.number().int().min(1).max(MAX_DAYS),
    escalateOfficeAfterDays: z.coerce.number().int().min(1).max(MAX_DAYS),
  })
  .superRefine(checkEscalationOrder);
