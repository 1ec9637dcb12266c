// Shared by the group and draw integration tests: a small geography of its own (so that nothing
// here shows up in the demo officials' views), and the check that a denied call leaves no trace.
import { expect } from 'vitest';
import type { ActionResult } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import type { Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createPairing, createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

/** A province with four cities; city A helps city B; B has a county. One person at home in each. */
export async function createGeography() {
  const db = getDb();
  const s = uniqueSuffix();
  const province = await createRegion(db, { name: `测试省${s}`, level: 'PROVINCE' });
  const city = (label: string) => createRegion(db, { name: `${label}市${s}`, level: 'CITY', parent: province });
  const [a, b, c, d] = [await city('甲'), await city('乙'), await city('丙'), await city('丁')];
  const countyOfB = await createRegion(db, { name: `乙县${s}`, level: 'COUNTY', parent: b });
  await createPairing(db, a, b, 2016);
  const person = (label: string, homeRegionId: string) =>
    createUser(db, { username: `p-${label}-${s}`, displayName: `${label}${s}`, title: '科长', homeRegionId });
  const people = {
    fromA: await person('甲籍', a.id),
    fromB: await person('乙籍', b.id),
    fromC: await person('丙籍', c.id),
    fromD: await person('丁籍', d.id),
    fromCountyOfB: await person('乙县籍', countyOfB.id),
  };
  return { province, a, b, c, d, countyOfB, people };
}

export type Geography = Awaited<ReturnType<typeof createGeography>>;

/** Everyone in the demo but the admin: the group leader and assessor of group 6 and the three officials. */
export function nonAdmins(demo: Demo) {
  const { leader, assessor, zhaoqingOfficial, fengkaiOfficial, zhongshanOfficial } = demo.users;
  return [leader, assessor, zhaoqingOfficial, fengkaiOfficial, zhongshanOfficial];
}

export async function expectDenied(
  users: readonly { id: string; username: string }[],
  call: () => Promise<ActionResult<unknown>>,
  state: () => Promise<unknown>,
): Promise<void> {
  for (const user of users) {
    signInAs(user);
    const [auditBefore, stateBefore] = [await getDb().auditEvent.count(), await state()];
    const result = await call();
    expect(result, user.username).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await getDb().auditEvent.count(), user.username).toBe(auditBefore);
    expect(await state(), user.username).toEqual(stateBefore);
  }
}
