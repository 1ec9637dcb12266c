// Marking one's own notifications read. Someone else's notification does not exist for the actor.
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { now } from '@/lib/server/clock';
import type { ZMarkAllNotificationsReadInput, ZMarkNotificationReadInput } from '@/modules/notifications/schema';

export async function markNotificationRead(ctx: GuardedContext, input: z.output<typeof ZMarkNotificationReadInput>) {
  const own = await ctx.tx.notification.findFirst({ where: { id: input.id, recipientId: ctx.actor.userId }, select: { id: true, readAt: true } });
  if (!own) throw new AppError('NOT_FOUND');
  // Already read: nothing changes, and the audit trail says so.
  const { count } = await ctx.tx.notification.updateMany({ where: { id: own.id, readAt: null }, data: { readAt: now() } });
  await ctx.audit({ action: 'notification.read', entityType: 'Notification', entityId: own.id, data: { changed: count } });
  return { id: own.id };
}

/** Every unread notification of one's own that existed when the page was shown (a time ahead of now counts as now). */
export async function markAllNotificationsRead(ctx: GuardedContext, input: z.output<typeof ZMarkAllNotificationsReadInput>) {
  const at = now();
  const seenAt = input.seenAt < at ? input.seenAt : at;
  const { count } = await ctx.tx.notification.updateMany({ where: { recipientId: ctx.actor.userId, readAt: null, createdAt: { lte: seenAt } }, data: { readAt: at } });
  await ctx.audit({ action: 'notification.readAll', entityType: 'User', entityId: ctx.actor.userId, data: { count, seenAt } });
  return { count };
}
