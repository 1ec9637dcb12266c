// The one place a restore asks the audit module whether the restored trail verifies: when the
// verifier changes (keys, checkpoints in the data folder), only this call changes with it.
import { createDb } from '@/lib/server/db';
import { verifyAuditChain } from '@/modules/audit/queries';

export type AuditVerdict = { ok: boolean; events: number; detail?: string };

export async function verifyRestoredAudit(databaseUrl: string): Promise<AuditVerdict> {
  const db = createDb(databaseUrl);
  try {
    const check = await verifyAuditChain(db);
    return check.ok ? { ok: true, events: check.events } : { ok: false, events: check.events, detail: `first broken event: id ${check.brokenAtId}` };
  } finally {
    await db.$disconnect();
  }
}
