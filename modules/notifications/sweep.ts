// The reminder sweep, run by the worker on a schedule: for each watched item, the steps due now
// (rules.ts) and their recipients; each delivery is one Notification row whose unique key (item, due
// day, person, step) makes it happen once, however often the sweep runs, in however many processes,
// across restarts. Each step delivered is a system event (no actor) in the audit chain, written in the
// same transaction as its notifications.
import type { Db } from '@/lib/server/db';
import { toLocalDateInput } from '@/lib/local-time';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { noteAuditCommit } from '@/modules/audit/checkpoints';
import { findDueItems, type DueItem } from '@/modules/notifications/due-items';
import { messageDataOf } from '@/modules/notifications/notify';
import { findAdmins, findGroupMembers, findOfficialsByLevel } from '@/modules/notifications/recipients';
import { daysUntilDue, deliveryKey, dueSteps, recipientsOf, type ItemParties, type ReminderStep } from '@/modules/notifications/rules';

type Delivery = { step: ReminderStep; recipients: { recipientId: string; key: string }[] };

async function partiesOf(db: Db, item: DueItem, admins: () => Promise<string[]>): Promise<ItemParties> {
  const [levels, leaders, assessors] = await Promise.all([
    findOfficialsByLevel(db, item.regionPath),
    findGroupMembers(db, item.groupId, ['GROUP_LEADER']),
    findGroupMembers(db, item.groupId, ['ASSESSOR']),
  ]);
  const ownOfficials = levels.find((l) => l.path === item.regionPath)?.userIds ?? [];
  return { officialsByLevel: levels.map((l) => l.userIds), ownOfficials, leaders, assessors, admins: await admins() };
}

async function deliver(db: Db, item: DueItem, delivery: Delivery, daysLeft: number, now: Date): Promise<number> {
  const due = toLocalDateInput(item.due);
  const created = await db.$transaction(async (tx) => {
    const { regionId, data: named } = await messageDataOf(tx, item);
    const data = { ...named, subject: item.subject, due, days: String(Math.abs(daysLeft)), step: delivery.step.code };
    const rows = await tx.notification.createManyAndReturn({
      data: delivery.recipients.map(({ recipientId, key }) => ({
        recipientId,
        kind: delivery.step.kind === 'remind' ? ('DEADLINE_REMINDER' as const) : ('DEADLINE_ESCALATION' as const),
        recordType: item.type,
        recordId: item.id,
        regionId,
        assessmentId: item.assessmentId,
        data,
        dedupeKey: key,
        createdAt: now,
      })),
      // Another sweep may have delivered some of them meanwhile: those are left as they are.
      skipDuplicates: true,
      select: { id: true, recipientId: true },
    });
    if (rows.length === 0) return 0;
    await recordAuditEvent(tx, null, {
      action: delivery.step.kind === 'remind' ? 'reminder.send' : 'reminder.escalate',
      entityType: item.type,
      entityId: item.id,
      assessmentId: item.assessmentId,
      data: { step: delivery.step.code, due, recipients: rows.map((r) => r.recipientId), notifications: rows.map((r) => r.id) },
    });
    return rows.length;
  });
  if (created > 0) await noteAuditCommit(db, 1);
  return created;
}

/** Runs one sweep at `now` (the app's clock); returns how many notifications it created. */
export async function runReminderSweep(db: Db, now: Date): Promise<{ items: number; delivered: number }> {
  const items = await findDueItems(db, now);
  let adminIds: Promise<string[]> | undefined;
  const admins = () => (adminIds ??= findAdmins(db));
  let delivered = 0;
  for (const item of items) {
    const daysLeft = daysUntilDue(item.due, now);
    const steps = dueSteps(item.subject, item.schedule, daysLeft);
    if (steps.length === 0) continue;
    const parties = await partiesOf(db, item, admins);
    const deliveries = steps.map((step) => ({
      step,
      recipients: recipientsOf(step, parties).map((recipientId) => ({ recipientId, key: deliveryKey(item, recipientId, step) })),
    }));
    const keys = deliveries.flatMap((d) => d.recipients.map((r) => r.key));
    const sent = new Set((await db.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey));
    for (const delivery of deliveries) {
      const pending = { ...delivery, recipients: delivery.recipients.filter((r) => !sent.has(r.key)) };
      if (pending.recipients.length > 0) delivered += await deliver(db, item, pending, daysLeft, now);
    }
  }
  return { items: items.length, delivered };
}
