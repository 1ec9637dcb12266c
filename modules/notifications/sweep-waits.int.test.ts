// The sweep's waits and appeal windows: proof awaiting verification (assessors, then the leader),
// findings issued without a plan, appeal windows about to close (of a finding, of results). Each
// reminder is delivered once however often the sweep runs, and audited as a system event.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { runReminderSweep } from '@/modules/notifications/sweep';
import { createNotificationWorld, makeWorldFinding, recipientsOf } from '@/modules/notifications/test-world';
import type { ReportWorld } from '@/modules/reports/test-world';
import { loadDemo } from '@/scripts/test/demo-fixture';
import { createRectification } from '@/seeds/factories/findings';

let world: ReportWorld;
beforeAll(async () => {
  world = await createNotificationWorld(await loadDemo());
});

const DAY = 24 * 3600 * 1000;
const later = (from: Date, days: number) => new Date(from.getTime() + days * DAY);
/** Runs the sweep twice at each instant, as two workers would. */
const sweepTwice = async (at: Date) => {
  await Promise.all([runReminderSweep(getDb(), at), runReminderSweep(getDb(), at)]);
};
const steps = async (recordId: string) =>
  (await getDb().auditEvent.findMany({ where: { entityId: recordId, actorId: null }, orderBy: { id: 'asc' }, select: { action: true, data: true } })).map(
    (e) => `${e.action}:${(e.data as { step: string }).step}`,
  );
/** Findings of the world in these statuses, issued at `issuedAt` with the appeal window closing at `appealDeadline`. */
async function issuedFindings(statuses: ('ISSUED' | 'PLAN_SUBMITTED')[], issuedAt: Date, appealDeadline: Date) {
  const findings = [];
  for (const status of statuses) {
    const finding = await makeWorldFinding(world, status);
    await getDb().finding.update({ where: { id: finding.id }, data: { issuedAt, appealDeadline } });
    findings.push(finding);
  }
  return findings;
}
const messages = async (recordId: string) => (await getDb().notification.findMany({ where: { recordId }, select: { data: true } })).map((n) => n.data);

describe('reminder sweep: waits and appeal windows', () => {
  it('proof awaiting verification reminds the assessors the next day, then the leader after three days, each once', async () => {
    const finding = await makeWorldFinding(world, 'PROOF_SUBMITTED');
    await createRectification(getDb(), { findingId: finding.id, leadUnit: '测试县水务局', measures: '检测水质', personInCharge: '李四', deadline: '2030-01-01' });
    const submitted = (await getDb().rectification.findUniqueOrThrow({ where: { findingId: finding.id }, select: { updatedAt: true } })).updatedAt;

    await sweepTwice(submitted);
    expect(await recipientsOf(finding.id)).toEqual([]);
    await sweepTwice(later(submitted, 1));
    await sweepTwice(later(submitted, 2));
    expect(await recipientsOf(finding.id, 'DEADLINE_REMINDER')).toEqual([world.users.assessor.id]);
    expect(await recipientsOf(finding.id, 'DEADLINE_ESCALATION')).toEqual([]);
    await sweepTwice(later(submitted, 3));
    await sweepTwice(later(submitted, 4));
    expect(await recipientsOf(finding.id, 'DEADLINE_REMINDER')).toEqual([world.users.assessor.id]);
    expect(await recipientsOf(finding.id, 'DEADLINE_ESCALATION')).toEqual([world.users.leader.id]);
    expect(await steps(finding.id)).toEqual(['reminder.send:remind-verify', 'reminder.escalate:escalate-leader']);
    expect(await messages(finding.id)).toContainEqual(expect.objectContaining({ subject: 'proof', days: '3' }));
  });

  it('a finding issued without a plan reminds the county a week on, once; a planned one does not', async () => {
    const issued = new Date();
    const [unplanned, planned] = await issuedFindings(['ISSUED', 'PLAN_SUBMITTED'], issued, issued);
    await sweepTwice(later(issued, 6));
    expect(await recipientsOf(unplanned!.id)).toEqual([]);
    await sweepTwice(later(issued, 7));
    await sweepTwice(later(issued, 8));
    expect(await recipientsOf(unplanned!.id, 'DEADLINE_REMINDER')).toEqual([world.users.countyOfficial.id]);
    expect(await steps(unplanned!.id)).toEqual(['reminder.send:remind-plan']);
    expect(await recipientsOf(planned!.id)).toEqual([]);
  });

  it('an appeal window reminds the county the day before it closes, once; not after an appeal is lodged', async () => {
    const issued = new Date();
    const [open, appealed] = await issuedFindings(['ISSUED', 'ISSUED'], issued, later(issued, 5));
    await getDb().findingAppeal.create({ data: { findingId: appealed!.id, reason: '已整改', submittedById: world.users.countyOfficial.id } });
    await sweepTwice(later(issued, 3));
    expect(await recipientsOf(open!.id)).toEqual([]);
    await sweepTwice(later(issued, 4));
    await sweepTwice(later(issued, 4.5));
    expect(await recipientsOf(open!.id, 'DEADLINE_REMINDER')).toEqual([world.users.countyOfficial.id]);
    expect(await steps(open!.id)).toEqual(['reminder.send:remind-appeal']);
    expect(await recipientsOf(appealed!.id)).toEqual([]);
  });

  it('a results appeal window reminds the officials of the assessed city only, once', async () => {
    const submitted = new Date();
    const result = await getDb().assessmentResult.create({
      data: {
        assessmentId: world.assessment.id,
        status: 'SUBMITTED',
        snapshot: {},
        inputs: {},
        computedAt: submitted,
        computedById: world.users.leader.id,
        submittedAt: submitted,
        submittedById: world.users.leader.id,
        appealDeadline: later(submitted, 3),
      },
    });
    await sweepTwice(later(submitted, 2));
    await sweepTwice(later(submitted, 2.5));
    expect(await recipientsOf(result.id, 'DEADLINE_REMINDER')).toEqual([world.users.targetOfficial.id]);
    expect(await steps(result.id)).toEqual(['reminder.send:remind-appeal']);
  });
});
