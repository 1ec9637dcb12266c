// Inputs of the notification centre: mark one notification read, or all of one's own that the
// page showing the button knew of (`seenAt`: when it was rendered), so a stale tab does not mark
// notifications its reader never saw.
import { z } from 'zod';

export const ZMarkNotificationReadInput = z.object({ id: z.string().min(1).max(64) });
export const ZMarkAllNotificationsReadInput = z.object({ seenAt: z.iso.datetime().transform((value) => new Date(value)) });

/** A campaign's reminder schedule as the form sends it; the day list is checked by the mutation. */
export const ZUpdateReminderScheduleInput = z.object({
  campaignId: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1).max(2_147_483_647),
  remindDaysBefore: z.string().max(100),
  escalateRegionAfterDays: z.coerce.number().int().min(1).max(60),
  escalateOfficeAfterDays: z.coerce.number().int().min(1).max(60),
});
