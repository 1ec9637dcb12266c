// The worker's mailer: every MAIL_EVERY_MS, notifications committed since are e-mailed (mail.ts). Off without SMTP_URL.
import { getEnv } from '@/lib/env';
import type { Db } from '@/lib/server/db';
import { now } from '@/lib/server/clock';
import { createMailTransport, sendPendingMail } from '@/modules/notifications/mail';
import { getLogger } from '@/lib/server/logger';

const MAIL_EVERY_MS = 15_000;

export function startMailer(db: Db): { stop: () => void } | null {
  const env = getEnv();
  if (!env.SMTP_URL) return null;
  const transport = createMailTransport(env.SMTP_URL);
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      await sendPendingMail(db, transport, { from: env.MAIL_FROM, now: now(), appUrl: env.APP_URL });
    } catch (error) {
      getLogger().error({ err: error, component: 'mail' }, 'mail round failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void round(), MAIL_EVERY_MS);
  void round();
  return {
    stop: () => {
      clearInterval(timer);
      transport.close();
    },
  };
}
