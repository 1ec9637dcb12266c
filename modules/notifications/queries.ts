// Reads of one's own notifications, each filtered by whether its record may still be opened.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canManageCampaigns } from '@/modules/campaigns/access';
import { keepOpenable } from '@/modules/notifications/access';
import { dayListText, reminderScheduleOf } from '@/modules/notifications/schedule';

/** The list shows the newest; older ones stay in the database (and in the audit trail of their events). */
export const NOTIFICATION_LIST_LIMIT = 100;
/** The bell counts up to this many unread; more shows as "99+". */
const UNREAD_SCAN_LIMIT = 200;

export async function countUnreadNotifications(db: Db, actor: Actor): Promise<number> {
  const unread = await db.notification.findMany({
    where: { recipientId: actor.userId, readAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { recordType: true, recordId: true },
    take: UNREAD_SCAN_LIMIT,
  });
  return (await keepOpenable(db, actor, unread)).length;
}

export async function findNotifications(db: Db, actor: Actor) {
  const rows = await db.notification.findMany({
    where: { recipientId: actor.userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, kind: true, recordType: true, recordId: true, assessmentId: true, data: true, createdAt: true, readAt: true },
    take: NOTIFICATION_LIST_LIMIT,
  });
  return keepOpenable(db, actor, rows);
}

export type NotificationItem = Awaited<ReturnType<typeof findNotifications>>[number];

/** A campaign's reminder schedule for its admins' form (the default when none is set); null for anyone else. */
export async function getCampaignReminderSchedule(db: Db, actor: Actor, campaignId: string) {
  if (!canManageCampaigns(actor)) return null;
  const row = await db.campaign.findUnique({ where: { id: campaignId }, select: { reminderSchedule: true } });
  if (!row) return null;
  const schedule = reminderScheduleOf(row.reminderSchedule);
  return {
    stored: row.reminderSchedule !== null,
    values: {
      remindDaysBefore: dayListText(schedule),
      escalateRegionAfterDays: String(schedule.escalateRegionAfterDays),
      escalateOfficeAfterDays: String(schedule.escalateOfficeAfterDays),
    },
  };
}
