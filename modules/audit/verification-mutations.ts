// An admin's "verify now": queues a check of the audit chain for the worker (verification-runs.ts).
import type { GuardedContext } from '@/lib/server/guarded';
import { queueAuditVerification } from '@/modules/audit/verification-runs';

export async function requestAuditVerification(ctx: GuardedContext) {
  const run = await queueAuditVerification(ctx.tx, ctx.actor.userId);
  await ctx.audit({ action: 'audit.verify', entityType: 'AuditVerificationRun', entityId: run.id });
  return { id: run.id };
}
