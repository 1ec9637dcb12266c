// Reads of one's own notifications, each filtered by whether its record may still be opened.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canManageCampaigns } from '@/modules/campaigns/access';
import { keepOpenable } from '@/modules/notifications/access';
import { decodeNotificationCursor, encodeNotificationCursor, type NotificationCursor } from '@/modules/notifications/cursor';
import { dayListText, reminderScheduleOf } from '@/modules/notifications/schedule';

/** Notifications on one page of the list. */
export const NOTIFICATION_PAGE_SIZE = 30;
/** Rows read at a time while filling a page; a page reads at most MAX_READS batches (rows one may no longer open are skipped). */
const READ_BATCH = 60;
const MAX_READS = 5;
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

const LIST_SELECT = { id: true, kind: true, recordType: true, recordId: true, assessmentId: true, data: true, createdAt: true, readAt: true } as const;

/** Older than the cursor in the list's order (newest first). */
function olderThan(cursor: NotificationCursor) {
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

/**
 * One page of one's own notifications, newest first, after `cursor` (from the previous page's
 * `nextCursor`). Rows about records one may no longer open are skipped, so a page reads on until it
 * is full; `nextCursor` is null on the last page.
 */
export async function findNotifications(db: Db, actor: Actor, cursorText?: string | null) {
  let cursor = decodeNotificationCursor(cursorText);
  const shown: Awaited<ReturnType<typeof readBatch>> = [];
  let more = true;
  for (let reads = 0; reads < MAX_READS && more && shown.length <= NOTIFICATION_PAGE_SIZE; reads += 1) {
    const rows = await readBatch(db, actor, cursor);
    more = rows.length > READ_BATCH;
    const batch = rows.slice(0, READ_BATCH);
    if (batch.length > 0) cursor = { createdAt: batch.at(-1)!.createdAt, id: batch.at(-1)!.id };
    shown.push(...(await keepOpenable(db, actor, batch)));
  }
  const items = shown.slice(0, NOTIFICATION_PAGE_SIZE);
  // A full page with more shown after it continues after its last row; a page cut short by MAX_READS after the last row read.
  const next = shown.length > NOTIFICATION_PAGE_SIZE ? items.at(-1)! : more ? cursor : null;
  return { items, nextCursor: next ? encodeNotificationCursor({ createdAt: next.createdAt, id: next.id }) : null };
}

function readBatch(db: Db, actor: Actor, cursor: NotificationCursor | null) {
  return db.notification.findMany({
    where: { recipientId: actor.userId, ...(cursor ? olderThan(cursor) : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: LIST_SELECT,
    take: READ_BATCH + 1,
  });
}

export type NotificationItem = Awaited<ReturnType<typeof findNotifications>>['items'][number];

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
