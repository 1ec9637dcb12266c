'use server';

import { action } from '@/lib/server/action';
import { markAllNotificationsRead, markNotificationRead } from '@/modules/notifications/mutations';
import { ZMarkAllNotificationsReadInput, ZMarkNotificationReadInput } from '@/modules/notifications/schema';

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
  run: (ctx) => markAllNotificationsRead(ctx),
  revalidate: ['/notifications'],
});
