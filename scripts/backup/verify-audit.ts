// The one place a restore asks the audit module whether the restored trail verifies: the chain,
// keyed with AUDIT_SECRET, against the checkpoints restored into the data folder.
import path from 'node:path';
import { createDb } from '@/lib/server/db';
import { readCheckpoints } from '@/modules/audit/checkpoints';
import { verifyAuditChain } from '@/modules/audit/queries';

export type AuditVerdict = { ok: boolean; events: number; detail?: string };

export function checkpointFileIn(dataDir: string): string {
  return path.join(dataDir, 'audit-checkpoints', 'checkpoints.jsonl');
}

export async function verifyRestoredAudit(databaseUrl: string, dataDir: string): Promise<AuditVerdict> {
  const db = createDb(databaseUrl);
  try {
    const check = await verifyAuditChain(db, readCheckpoints(checkpointFileIn(dataDir)));
    return check.ok ? { ok: true, events: check.events } : { ok: false, events: check.events, detail: JSON.stringify(check.problem) };
  } finally {
    await db.$disconnect();
  }
}
