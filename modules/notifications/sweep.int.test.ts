// The reminder sweep: sent once however often it runs, escalated to the region above and then to the
// group leader and the office, audited as system events that keep the chain verifiable.
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { getDb } from '@/lib/server/db';
import { localCalendarDate } from '@/lib/local-time';
import { verifyAuditTrail } from '@/modules/audit/queries';
import { runReminderSweep } from '@/modules/notifications/sweep';
import { createNotificationWorld, makeWorldFinding, recipientsOf } from '@/modules/notifications/test-world';
import type { ReportWorld } from '@/modules/reports/test-world';
import { loadDemo } from '@/scripts/test/demo-fixture';
import { createWorkReport } from '@/seeds/factories/reports';

let world: ReportWorld;
beforeAll(async () => {
  world = await createNotificationWorld(await loadDemo());
});

const DAY = 24 * 3600 * 1000;
const sorted = (...ids: string[]) => [...ids].sort();
const systemEvents = (entityId: string) => getDb().auditEvent.findMany({ where: { entityId, actorId: null }, orderBy: { id: 'asc' }, select: { action: true, data: true } });

describe('reminder sweep', () => {
  it('a rectification due in two days: one reminder to the county however often the sweep runs, then escalation by level', async () => {
    const start = new Date();
    const finding = await makeWorldFinding(world, 'PLAN_SUBMITTED', new Date(localCalendarDate(start).getTime() + 2 * DAY));
    const { county, target, leader, assessor } = {
      county: world.users.countyOfficial.id,
      target: world.users.targetOfficial.id,
      leader: world.users.leader.id,
      assessor: world.users.assessor.id,
    };
    // Two sweeps at once (two worker processes) and one more later the same day.
    await Promise.all([runReminderSweep(getDb(), start), runReminderSweep(getDb(), start)]);
    await runReminderSweep(getDb(), new Date(start.getTime() + 60_000));
    expect(await recipientsOf(finding.id, 'DEADLINE_REMINDER')).toEqual([county]);
    expect(await recipientsOf(finding.id, 'DEADLINE_ESCALATION')).toEqual([]);

    // Five days on it is three days overdue: the city above is told, still once.
    await runReminderSweep(getDb(), new Date(start.getTime() + 5 * DAY));
    await runReminderSweep(getDb(), new Date(start.getTime() + 5 * DAY));
    expect(await recipientsOf(finding.id, 'DEADLINE_ESCALATION')).toEqual([target]);

    // Nine days on (seven overdue): the group leader and every active admin; not the assessor.
    await runReminderSweep(getDb(), new Date(start.getTime() + 9 * DAY));
    const admins = (await getDb().user.findMany({ where: { isActive: true, roleAssignments: { some: { role: 'ADMIN' } } }, select: { id: true } })).map((u) => u.id);
    const escalated = await recipientsOf(finding.id, 'DEADLINE_ESCALATION');
    expect(escalated).toEqual(sorted(target, leader, ...admins.filter((id) => id !== leader)));
    expect(escalated).not.toContain(assessor);
    expect(escalated).not.toContain(county);

    const events = await systemEvents(finding.id);
    expect(events.map((e) => [e.action, (e.data as { step: string }).step])).toEqual([
      ['reminder.send', 'remind-3'],
      ['reminder.escalate', 'escalate-region'],
      ['reminder.escalate', 'escalate-office'],
    ]);
    expect((await verifyAuditTrail(getDb())).ok).toBe(true);
  });

  it('a work report to be written is reminded; once submitted it is not', async () => {
    const now = new Date();
    const deadline = new Date(now.getTime() + 1 * DAY);
    const draft = await createWorkReport(getDb(), { assessmentId: world.assessment.id, reportingRegionId: world.town.id, status: 'DRAFT', deadline });
    const submitted = await createWorkReport(getDb(), { assessmentId: world.assessment.id, reportingRegionId: world.poorVillage.id, status: 'SUBMITTED', revision: 1, deadline });
    await runReminderSweep(getDb(), now);
    // The town has no officials of its own: the nearest officials (the county's) answer for it.
    expect(await recipientsOf(draft.id, 'DEADLINE_REMINDER')).toEqual([world.users.countyOfficial.id]);
    expect(await recipientsOf(submitted.id)).toEqual([]);
  });

  it('follows the campaign schedule when one is set', async () => {
    await getDb().campaign.update({ where: { id: world.campaign.id }, data: { reminderSchedule: { remindDaysBefore: [10], escalateRegionAfterDays: 1, escalateOfficeAfterDays: 20 } } });
    try {
      const now = new Date();
      const finding = await makeWorldFinding(world, 'PLAN_SUBMITTED', new Date(localCalendarDate(now).getTime() + 9 * DAY));
      await runReminderSweep(getDb(), now);
      expect(await recipientsOf(finding.id, 'DEADLINE_REMINDER')).toEqual([world.users.countyOfficial.id]);
      await runReminderSweep(getDb(), new Date(now.getTime() + 10 * DAY));
      expect(await recipientsOf(finding.id, 'DEADLINE_ESCALATION')).toEqual([world.users.targetOfficial.id]);
    } finally {
      await getDb().campaign.update({ where: { id: world.campaign.id }, data: { reminderSchedule: Prisma.DbNull } });
    }
  });
});
