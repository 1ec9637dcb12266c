// E-mail of notifications (optional: only with SMTP_URL). An outbox: the worker sends what the
// committed transactions created, so a rolled-back event mails nobody and the web request never
// waits for the mail server. Each notification is claimed (emailedAt set) before it is sent, so two
// workers never send it twice; a send that fails releases the claim for the next round.
// People keep their language in a browser cookie only, so a mail says it in both: Chinese first.
import nodemailer, { type Transporter } from 'nodemailer';
import { createTranslator } from 'next-intl';
import type { Db } from '@/lib/server/db';
import { formatLocalDateTime } from '@/lib/local-time';
import { MESSAGES } from '@/lib/i18n/messages';
import { describeNotification, notificationHref, type NotificationTranslate } from '@/modules/notifications/describe';
import { getLogger } from '@/lib/server/logger';

/** Notifications older than this when SMTP is switched on are not mailed after the fact. */
const MAIL_WINDOW_MS = 24 * 3600 * 1000;
const BATCH = 50;
/** The languages of a mail, in the order it says them. */
const MAIL_LOCALES = ['zh-CN', 'en'] as const;

export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

const readers = MAIL_LOCALES.map((locale) => ({
  locale,
  t: createTranslator({ locale, messages: MESSAGES[locale], namespace: 'notifications' }) as unknown as NotificationTranslate,
  date: (day: string) => formatLocalDateTime(new Date(`${day}T00:00:00Z`), locale, { dateStyle: 'long' }),
}));

/** The subject and the text of one notification's mail, in every mail language, with the link once at the end. */
function composeMail(n: Parameters<typeof describeNotification>[1] & Parameters<typeof notificationHref>[0], appUrl?: string) {
  const texts = readers.map((r) => describeNotification(r.t, n, r.locale, r.date));
  const link = appUrl ? `\n\n${new URL(notificationHref(n), appUrl).toString()}` : '';
  return { subject: `${readers.map((r) => r.t('mailSubject')).join(' / ')}：${texts[0]!.slice(0, 60)}`, text: `${texts.join('\n\n')}${link}` };
}

/** Sends the pending notifications of people with an address; returns how many went out. */
export async function sendPendingMail(db: Db, transport: Transporter, options: { from: string; now: Date; appUrl?: string }): Promise<number> {
  const pending = await db.notification.findMany({
    where: { emailedAt: null, createdAt: { gte: new Date(options.now.getTime() - MAIL_WINDOW_MS) }, recipient: { isActive: true, email: { not: null } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
    select: { id: true, kind: true, data: true, recordType: true, recordId: true, assessmentId: true, recipient: { select: { email: true } } },
  });
  let sent = 0;
  for (const n of pending) {
    const { count } = await db.notification.updateMany({ where: { id: n.id, emailedAt: null }, data: { emailedAt: options.now } });
    if (count === 0) continue; // another worker has it
    const { subject, text } = composeMail(n, options.appUrl);
    try {
      await transport.sendMail({ from: options.from, to: n.recipient.email!, subject, text, textEncoding: 'base64' });
      sent += 1;
    } catch (error) {
      getLogger().error({ err: error, notificationId: n.id, component: 'mail' }, 'could not send a notification');
      await db.notification.update({ where: { id: n.id }, data: { emailedAt: null } });
    }
  }
  return sent;
}
