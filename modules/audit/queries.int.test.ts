import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { verifyAuditChain } from '@/modules/audit/queries';

async function append(n: number) {
  for (let i = 0; i < n; i++) {
    await getDb().$transaction((tx) => recordAuditEvent(tx, null, { action: 'test.event', entityType: 'Test', entityId: `e${i}`, data: { i, when: new Date(0) } }));
  }
}

describe('audit trail', () => {
  it('verifies an intact chain', async () => {
    await append(3);
    const check = await verifyAuditChain(getDb());
    expect(check.ok).toBe(true);
    expect(check.events).toBeGreaterThanOrEqual(3);
  });

  it('ignores updates and deletes of past events', async () => {
    await append(1);
    const last = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    await getDb().$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE id = ${last.id}`;
    await getDb().$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${last.id}`;
    expect(await getDb().auditEvent.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({ action: 'test.event' });
  });

  it('detects an event changed behind the application’s back', async () => {
    await append(2);
    const target = await getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' }, skip: 1 });
    // Somebody with table-owner rights lifts the rule and edits history.
    await getDb().$transaction([
      getDb().$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE RULE "AuditEvent_no_update"'),
      getDb().$executeRaw`UPDATE "AuditEvent" SET "data" = '{"i": 42}' WHERE id = ${target.id}`,
      getDb().$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE RULE "AuditEvent_no_update"'),
    ]);
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: false, brokenAtId: target.id.toString() });
  });
});
