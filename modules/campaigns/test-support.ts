// Shared by the campaign and indicator integration tests: a denied call must fail with
// FORBIDDEN and leave no trace (no audit event, and whatever else the caller checks unchanged).
import { expect } from 'vitest';
import type { ActionResult } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import { signInAs } from '@/scripts/test/session';
import type { Demo } from '@/scripts/test/demo-fixture';

/** leader6, assessor6 and the Zhaoqing official: none of them may change campaigns. */
export function nonAdmins(demo: Demo) {
  return [demo.users.leader, demo.users.assessor, demo.users.zhaoqingOfficial];
}

export async function expectDeniedForNonAdmins(
  demo: Demo,
  call: () => Promise<ActionResult<unknown>>,
  state: () => Promise<unknown>,
): Promise<void> {
  for (const user of nonAdmins(demo)) {
    signInAs(user);
    const [auditBefore, stateBefore] = [await getDb().auditEvent.count(), await state()];
    const result = await call();
    expect(result, user.username).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await getDb().auditEvent.count()).toBe(auditBefore);
    expect(await state()).toEqual(stateBefore);
  }
}

/** The newest audit event about an entity. */
export function lastAuditOf(entityId: string) {
  return getDb().auditEvent.findFirst({ where: { entityId }, orderBy: { id: 'desc' } });
}
