// E-mail of notifications through a real SMTP server started here: what arrives, to whom, in which
// languages, and once; and that an address set on the account or by an admin is where it goes.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { updateOwnEmailAction } from '@/modules/account/actions';
import { createMailTransport, sendPendingMail } from '@/modules/notifications/mail';
import { updateUserAction } from '@/modules/users/actions';
import { loadDemo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
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
  it('mails each notification of a person with an address once, in Chinese then English, with a link; nobody without an address', async () => {
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
    const zh = text.indexOf('问题「饮水工程缺少检测记录」已下发给封开县');
    const en = text.indexOf('The finding “饮水工程缺少检测记录” was issued to Fengkai');
    expect(zh).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(zh);
    expect(text.match(/https:\/\/assess\.example\.org\/findings\/finding-1/g)).toHaveLength(1);
    expect(received.flatMap((m) => m.to)).not.toContain('');
  });

  it('mails each notification once when two workers send at the same moment', async () => {
    const db = getDb();
    const person = await createUser(db, { displayName: '两台工作进程' });
    await db.user.update({ where: { id: person.id }, data: { email: 'two-workers@example.org' } });
    const now = new Date();
    const data = { title: '并发发送', regionName: '封开县', regionNameEn: 'Fengkai' };
    await db.notification.createMany({ data: Array.from({ length: 6 }, (_, i) => ({ recipientId: person.id, kind: 'FINDING_ISSUED' as const, recordType: 'Finding', recordId: `two-workers-${i}`, data, createdAt: now })) });
    const options = { from: 'assess@example.org', now, appUrl: 'https://assess.example.org' };
    const sent = await Promise.all([sendPendingMail(db, createMailTransport(url), options), sendPendingMail(db, createMailTransport(url), options)]);
    expect(sent[0] + sent[1]).toBe(6);
    const bodies = received.filter((m) => m.to.includes('two-workers@example.org')).map((m) => bodyText(m.body));
    expect(bodies).toHaveLength(6);
    expect(new Set(bodies.map((b) => /two-workers-\d/.exec(b)?.[0] ?? b)).size).toBe(6);
  });

  it('goes to the address a person set on their account, and after an admin changes it, to the new one', async () => {
    const db = getDb();
    const demo = await loadDemo();
    const person = await createUser(db, { displayName: '自己填邮箱的干部', roles: [{ role: 'OFFICIAL', regionId: demo.regions.zhaoqing.id }] });
    const version = () => db.user.findUniqueOrThrow({ where: { id: person.id }, select: { version: true } }).then((u) => u.version);
    const transport = createMailTransport(url);
    const notify = async () => {
      const now = new Date();
      await db.notification.create({ data: { recipientId: person.id, kind: 'FINDING_ISSUED', recordType: 'Finding', recordId: 'finding-2', data: { title: '危房改造', regionName: '怀集县' }, createdAt: now } });
      await sendPendingMail(db, transport, { from: 'assess@example.org', now });
    };

    signInAs(person);
    expect(await updateOwnEmailAction({ email: ' self@example.org ', version: await version() })).toMatchObject({ ok: true });
    await notify();
    expect(received.filter((m) => m.to.includes('self@example.org')).map((m) => bodyText(m.body))).toEqual([expect.stringContaining('危房改造')]);

    signInAs(demo.users.admin);
    const row = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { displayName: true, homeRegionId: true } });
    const homeRegionId = row.homeRegionId ?? demo.regions.zhaoqing.id;
    const update = { id: person.id, version: await version(), displayName: row.displayName, title: '', homeRegionId, email: 'office-set@example.org' };
    expect(await updateUserAction(update)).toMatchObject({ ok: true });
    await notify();
    expect(received.filter((m) => m.to.includes('office-set@example.org'))).toHaveLength(1);
    expect(received.filter((m) => m.to.includes('self@example.org'))).toHaveLength(1);
  });
});
