// Inputs of the notification centre: mark one notification read, or all of one's own.
import { z } from 'zod';

export const ZMarkNotificationReadInput = z.object({ id: z.string().min(1).max(64) });
export const ZMarkAllNotificationsReadInput = z.object({});
