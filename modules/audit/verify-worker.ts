// The audit chain check in the worker process: one check after the worker starts, one every
// AUDIT_VERIFY_SECONDS, and those admins ask for on /audit (picked up within POLL_MS).
import { getEnv } from '@/lib/env';
import type { Db } from '@/lib/server/db';
import { queueAuditVerification, queueScheduledVerification, runQueuedVerifications } from '@/modules/audit/verification-runs';
import { getLogger } from '@/lib/server/logger';

const POLL_MS = 2_000;

export async function startAuditVerifyWorker(db: Db): Promise<{ stop: () => Promise<void> }> {
  let stopping = false;
  let busy: Promise<unknown> | null = null;
  const every = getEnv().AUDIT_VERIFY_SECONDS;
  const tick = async () => {
    await queueScheduledVerification(db, every);
    await runQueuedVerifications(db, () => stopping);
  };
  // One round at a time: a long check is not joined by the rounds that fall due meanwhile.
  const next = () => {
    busy ??= tick()
      .catch((error: unknown) => getLogger().error({ err: error, component: 'audit' }, 'verification round failed'))
      .finally(() => (busy = null));
  };
  await queueAuditVerification(db, null);
  next();
  const timer = setInterval(next, POLL_MS);
  return {
    // The check under way stops after its current page of events and is run again on the next start.
    stop: async () => {
      stopping = true;
      clearInterval(timer);
      await busy;
    },
  };
}
