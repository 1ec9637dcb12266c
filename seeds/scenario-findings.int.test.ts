import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { verifyAuditTrail } from '@/modules/audit/queries';
import { findingScope } from '@/modules/findings/access';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { seedScenarioFindings } from '@/seeds/scenario-findings';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const seed = () => seedScenarioFindings(getDb(), demo.regions, demo.users, demo.scenario);

describe('the demo findings', () => {
  it('are in several states, with plans where the region has answered, and seeding twice changes nothing', async () => {
    const first = await seed();
    const second = await seed();
    expect(second.map((f) => f.id)).toEqual(first.map((f) => f.id));
    const rows = await getDb().finding.findMany({ where: { id: { in: first.map((f) => f.id) } }, select: { status: true, rectification: { select: { status: true } } } });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['DRAFT', 'CONFIRMED', 'ISSUED', 'APPEALED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED']));
    for (const row of rows) {
      expect(row.rectification !== null).toBe(['PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED'].includes(row.status));
    }
    expect(await getDb().rectificationUpdate.count({ where: { rectification: { findingId: { in: first.map((f) => f.id) } } } })).toBe(1);
  });

  it('show each county only its own issued findings', async () => {
    const ids = (await seed()).map((f) => f.id);
    for (const [user, county] of [[demo.users.fengkaiOfficial, 'Fengkai'], [demo.users.huaijiOfficial, 'Huaiji']] as const) {
      const visible = await getDb().finding.findMany({ where: { AND: [{ id: { in: ids } }, findingScope(await actorOf(user))] }, select: { status: true, region: { select: { path: true } } } });
      // Issued, under rectification and closed; Huaiji also has proof waiting, Fengkai an appeal.
      expect(visible).toHaveLength(4);
      expect(visible.every((f) => f.region.path.startsWith(demo.regions.counties[county]!.path) && !['DRAFT', 'CONFIRMED'].includes(f.status))).toBe(true);
    }
  });

  it('carry the history of their steps, by the people who took them, and the audit chain verifies', async () => {
    const ids = (await seed()).map((f) => f.id);
    // The path a finding takes to each status, written out by hand.
    const PATH: Record<string, string[]> = {
      DRAFT: ['create'],
      CONFIRMED: ['create', 'confirm'],
      ISSUED: ['create', 'confirm', 'issue'],
      APPEALED: ['create', 'confirm', 'issue', 'appeal'],
      PLAN_SUBMITTED: ['create', 'confirm', 'issue', 'submitPlan'],
      PROOF_SUBMITTED: ['create', 'confirm', 'issue', 'submitPlan', 'submitProof'],
      CLOSED: ['create', 'confirm', 'issue', 'submitPlan', 'submitProof', 'close'],
    };
    const { users } = demo;
    const findings = await getDb().finding.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, createdById: true, closingNote: true } });
    for (const f of findings) {
      const events = await getDb().auditEvent.findMany({ where: { entityType: 'Finding', entityId: f.id }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, at: true, data: true } });
      const steps = events.map((e) => e.action).filter((a) => a.startsWith('finding.')).map((a) => a.slice('finding.'.length));
      expect(steps, f.status).toEqual(PATH[f.status]);
      expect(events[0]!.actorId).toBe(f.createdById);
      // Steps happened in 2019, in order (reminders sent about the finding later are not steps).
      const stepEvents = events.filter((e) => e.action.startsWith('finding.'));
      expect(stepEvents.every((e, i) => e.at.getUTCFullYear() === 2019 && (i === 0 || e.at >= stepEvents[i - 1]!.at))).toBe(true);
      const by = (action: string) => events.find((e) => e.action === `finding.${action}`)?.actorId;
      if (steps.includes('confirm')) expect(by('confirm')).toBe(users.leader.id);
      if (steps.includes('submitPlan')) expect([users.fengkaiOfficial.id, users.huaijiOfficial.id]).toContain(by('submitPlan'));
      if (f.status === 'CLOSED') {
        expect(by('close')).toBe(users.assessor.id);
        expect(events.at(-1)!.data).toMatchObject({ note: f.closingNote });
      }
    }
    // Seeding again writes no second history.
    const before = await getDb().auditEvent.count({ where: { entityType: 'Finding', entityId: { in: ids } } });
    await seed();
    expect(await getDb().auditEvent.count({ where: { entityType: 'Finding', entityId: { in: ids } } })).toBe(before);
    expect(await getDb().findingAppeal.count({ where: { findingId: { in: ids }, decision: null } })).toBe(1);
    const verification = await verifyAuditTrail(getDb());
    expect(verification.problem).toBeNull();
    expect(verification.ok).toBe(true);
  });
});
