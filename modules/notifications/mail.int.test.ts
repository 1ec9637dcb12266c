// E-mail of notifications through a real SMTP server started here: what arrives, to whom, and once.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { createMailTransport, sendPendingMail } from '@/modules/notifications/mail';
import { createUser } from '@/seeds/factories/users';

type Received = { from: string; to: string[]; body: string };
const received: Received[] = [];
let server: SMTPServer;
let url: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), body: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The text of a one-part message: what follows the headers, in base64 (mail.ts sends text so). */
function bodyText(message: string): string {
  const base64 = message.split(/\r?\n\r?\n/).slice(1).join('').replace(/\s+/g, '');
  return Buffer.from(base64, 'base64').toString('utf8');
}

describe('notification e-mail', () => {
  it('mails each notification of a person with an address once, in Chinese, with a link; nobody without an address', async () => {
    const db = getDb();
    const withMail = await createUser(db, { displayName: '有邮箱的干部' });
    await db.user.update({ where: { id: withMail.id }, data: { email: 'official@example.org' } });
    const without = await createUser(db, { displayName: '没有邮箱的干部' });
    const now = new Date();
    const data = { title: '饮水工程缺少检测记录', regionName: '封开县', regionNameEn: 'Fengkai' };
    for (const recipientId of [withMail.id, without.id]) {
      await db.notification.create({ data: { recipientId, kind: 'FINDING_ISSUED', recordType: 'Finding', recordId: 'finding-1', data, createdAt: now } });
    }
    const transport = createMailTransport(url);
    const first = await sendPendingMail(db, transport, { from: 'assess@example.org', now, appUrl: 'https://assess.example.org' });
    const again = await sendPendingMail(db, transport, { from: 'assess@example.org', now });
    expect([first, again]).toEqual([1, 0]);
    const mine = received.filter((m) => m.to.includes('official@example.org'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.from).toBe('assess@example.org');
    const text = bodyText(mine[0]!.body);
    expect(text).toContain('问题「饮水工程缺少检测记录」已下发给封开县');
    expect(text).toContain('https://assess.example.org/findings/finding-1');
    expect(received.flatMap((m) => m.to)).not.toContain('');
  });
});
