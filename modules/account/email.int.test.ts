// The e-mail address for notifications: set by the person on their account page, or by an admin on
// the person's page. Bad addresses get a clear message and write nothing; each change is audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { updateOwnEmailAction } from '@/modules/account/actions';
import { updateUserAction } from '@/modules/users/actions';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const row = (id: string) => getDb().user.findUniqueOrThrow({ where: { id }, select: { email: true, version: true, displayName: true, title: true } });
const events = (id: string, action: string) => getDb().auditEvent.findMany({ where: { entityType: 'User', entityId: id, action }, orderBy: { id: 'asc' }, select: { actorId: true, data: true } });
const newPerson = () => createUser(getDb(), { displayName: '填邮箱的人', homeRegionId: demo.regions.zhaoqing.id, roles: [{ role: 'OFFICIAL', regionId: demo.regions.zhaoqing.id }] });

describe('one’s own e-mail address', () => {
  it('is set (trimmed), audited, and removed with an empty field', async () => {
    const person = await newPerson();
    signInAs(person);
    const first = await updateOwnEmailAction({ email: '  li.si@example.org ', version: (await row(person.id)).version });
    expect(first).toMatchObject({ ok: true });
    expect((await row(person.id)).email).toBe('li.si@example.org');
    expect(await updateOwnEmailAction({ email: '', version: (await row(person.id)).version })).toMatchObject({ ok: true });
    expect((await row(person.id)).email).toBeNull();
    expect(await events(person.id, 'user.emailChange')).toEqual([
      { actorId: person.id, data: { email: 'li.si@example.org' } },
      { actorId: person.id, data: { email: null } },
    ]);
  });

  it('refuses what is not an address, in the reader’s words, and writes nothing', async () => {
    const person = await newPerson();
    signInAs(person);
    const before = await row(person.id);
    for (const email of ['li.si', 'li si@example.org', '@example.org', `${'a'.repeat(250)}@example.org`]) {
      const result = await updateOwnEmailAction({ email, version: before.version });
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      expect(JSON.stringify(result)).toMatch(/请填写有效的电子邮箱地址|最多 254 个字符/);
    }
    expect(await row(person.id)).toEqual(before);
    expect(await events(person.id, 'user.emailChange')).toEqual([]);
  });

  it('is refused on a stale version (an admin changed the person meanwhile)', async () => {
    const person = await newPerson();
    signInAs(person);
    const { version } = await row(person.id);
    await getDb().user.update({ where: { id: person.id }, data: { email: 'admin-set@example.org', version: { increment: 1 } } });
    expect(await updateOwnEmailAction({ email: 'mine@example.org', version })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await row(person.id)).email).toBe('admin-set@example.org');
  });

  it('cannot be set without signing in', async () => {
    signInAs(null);
    expect(await updateOwnEmailAction({ email: 'x@example.org', version: 1 })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('an admin sets a person’s address on the details form', () => {
  const details = async (id: string, extra: Record<string, string>) => {
    const r = await row(id);
    return { id, version: r.version, displayName: r.displayName, title: r.title ?? '', homeRegionId: demo.regions.zhaoqing.id, ...extra };
  };

  it('stores it with the other details, audited; an input without the field leaves it as it is', async () => {
    const person = await newPerson();
    signInAs(demo.users.admin);
    expect(await updateUserAction(await details(person.id, { email: 'wang.wu@example.org' }))).toMatchObject({ ok: true });
    expect((await row(person.id)).email).toBe('wang.wu@example.org');
    expect((await events(person.id, 'user.update')).at(-1)).toMatchObject({ actorId: demo.users.admin.id, data: { email: 'wang.wu@example.org' } });
    expect(await updateUserAction(await details(person.id, { displayName: '改了名' }))).toMatchObject({ ok: true });
    expect(await row(person.id)).toMatchObject({ email: 'wang.wu@example.org', displayName: '改了名' });
  });

  it('refuses a bad address on the email field and changes nothing', async () => {
    const person = await newPerson();
    signInAs(demo.users.admin);
    const before = await row(person.id);
    const result = await updateUserAction(await details(person.id, { email: 'wang.wu@', displayName: '不该保存' }));
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { email: [expect.stringContaining('电子邮箱')] } });
    expect(await row(person.id)).toEqual(before);
  });
});
