// The people list: search across name, username, title and home region; status and role filters;
// paging by username; nothing for anyone but an admin.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { actorOf, loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { findPeople, PEOPLE_PAGE_SIZE } from '@/modules/users/queries';
import { ZFindPeopleArgs } from '@/modules/users/schema';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const args = (raw: Record<string, string>) => ZFindPeopleArgs.parse(raw);

describe('the people list', () => {
  it('finds by home region name and by title, and keeps deactivated people apart', async () => {
    const s = uniqueSuffix();
    const region = await createRegion(getDb(), { name: `查找县${s}`, level: 'COUNTY' });
    const active = await createUser(getDb(), { username: `find-a-${s}`, displayName: '甲', title: `督查专员${s}`, homeRegionId: region.id, roles: [{ role: 'ADMIN' }] });
    const inactive = await createUser(getDb(), { username: `find-b-${s}`, displayName: '乙', homeRegionId: region.id });
    await getDb().user.update({ where: { id: inactive.id }, data: { isActive: false } });
    const admin = await actorOf(demo.users.admin);
    const names = async (raw: Record<string, string>) => (await findPeople(getDb(), admin, args(raw))).people.map((p) => p.username);
    expect(await names({ q: `查找县${s}` })).toEqual([active.username]);
    expect(await names({ q: `查找县${s}`, status: 'inactive' })).toEqual([inactive.username]);
    expect(await names({ q: `查找县${s}`, status: 'all' })).toEqual([active.username, inactive.username]);
    expect(await names({ q: `督查专员${s}`.toUpperCase(), role: 'ADMIN' })).toEqual([active.username]);
    expect(await names({ q: `查找县${s}`, role: 'OFFICIAL' })).toEqual([]);
  });

  it('pages by username without losing or repeating anyone', async () => {
    const s = uniqueSuffix();
    const usernames = Array.from({ length: PEOPLE_PAGE_SIZE + 3 }, (_, i) => `page-${s}-${String(i).padStart(3, '0')}`);
    for (const username of usernames) await createUser(getDb(), { username, password: 'x' });
    const admin = await actorOf(demo.users.admin);
    const first = await findPeople(getDb(), admin, args({ q: `page-${s}` }));
    expect(first.people.map((p) => p.username)).toEqual(usernames.slice(0, PEOPLE_PAGE_SIZE));
    const second = await findPeople(getDb(), admin, args({ q: `page-${s}`, after: first.nextAfter! }));
    expect(second.people.map((p) => p.username)).toEqual(usernames.slice(PEOPLE_PAGE_SIZE));
    expect(second.nextAfter).toBeNull();
  });

  it('gives nothing to anyone but an admin', async () => {
    for (const user of [demo.users.leader, demo.users.zhaoqingOfficial]) {
      expect(await findPeople(getDb(), await actorOf(user), args({}))).toEqual({ people: [], nextAfter: null });
    }
  });
});
