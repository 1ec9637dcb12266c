// The reminder sweep on the job queue (pg-boss, its own `reminders` queue in the `pgboss` schema):
// the worker queues a sweep when it starts and every REMINDER_SWEEP_SECONDS; the `stately` policy
// keeps at most one sweep waiting and one running, whichever worker process queued it.
import PgBoss from 'pg-boss';
import { getDatabaseUrl, getEnv } from '@/lib/env';
import type { Db } from '@/lib/server/db';
import { now } from '@/lib/server/clock';
import { runReminderSweep } from '@/modules/notifications/sweep';
import { getLogger } from '@/lib/server/logger';

export const REMINDER_QUEUE = 'reminders';

export async function startReminderWorker(db: Db, afterSweep?: () => Promise<void>): Promise<{ stop: () => Promise<void> }> {
  const boss = new PgBoss({ connectionString: getDatabaseUrl(), max: 2, supervise: false, schedule: false });
  boss.on('error', (error) => getLogger().error({ err: error, component: 'reminders' }, 'queue error'));
  await boss.start();
  await boss.createQueue(REMINDER_QUEUE, { name: REMINDER_QUEUE, policy: 'stately' });
  await boss.work(REMINDER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async () => {
    const { items, delivered } = await runReminderSweep(db, now());
    if (delivered > 0) getLogger().info({ component: 'reminders', delivered, items }, 'reminders delivered');
    await afterSweep?.();
  });
  const queueSweep = () =>
    boss.send(REMINDER_QUEUE, {}, { singletonKey: 'sweep', retryLimit: 0, expireInSeconds: 600 }).catch((error: unknown) => getLogger().error({ err: error, component: 'reminders' }, 'could not queue a sweep'));
  await queueSweep();
  const timer = setInterval(() => void queueSweep(), getEnv().REMINDER_SWEEP_SECONDS * 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
