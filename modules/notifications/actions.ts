'use server';

import { action } from '@/lib/server/action';
import { markAllNotificationsRead, markNotificationRead } from '@/modules/notifications/mutations';
import { updateReminderSchedule } from '@/modules/notifications/schedule-mutations';
import { ZMarkAllNotificationsReadInput, ZMarkNotificationReadInput, ZUpdateReminderScheduleInput } from '@/modules/notifications/schema';

// Every role has its own notifications: account.self is the permission of one's own things.
export const markNotificationReadAction = action({
  schema: ZMarkNotificationReadInput,
  permission: 'account.self',
  run: markNotificationRead,
  revalidate: ['/notifications'],
});

export const markAllNotificationsReadAction = action({
  schema: ZMarkAllNotificationsReadInput,
  permission: 'account.self',
  run: markAllNotificationsRead,
  revalidate: ['/notifications'],
});

export const updateReminderScheduleAction = action({
  schema: ZUpdateReminderScheduleInput,
  permission: 'campaign.manage',
  run: updateReminderSchedule,
  revalidate: ['/campaigns'],
});
