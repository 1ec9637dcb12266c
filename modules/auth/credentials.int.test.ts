import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { authenticate } from '@/modules/auth/credentials';
import { DEMO_PASSWORD } from '@/seeds/demo-users';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

describe('authenticate', () => {
  it('accepts the right password, ignoring the case of the username', async () => {
    expect(await authenticate(getDb(), 'Leader6', DEMO_PASSWORD)).toEqual({ id: demo.users.leader.id });
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    expect(await authenticate(getDb(), 'leader6', 'wrong')).toBeNull();
    expect(await authenticate(getDb(), 'nobody-here', DEMO_PASSWORD)).toBeNull();
  });

  it('refuses a deactivated user', async () => {
    await getDb().user.update({ where: { id: demo.users.zhongshanOfficial.id }, data: { isActive: false } });
    try {
      expect(await authenticate(getDb(), 'zhongshan', DEMO_PASSWORD)).toBeNull();
    } finally {
      await getDb().user.update({ where: { id: demo.users.zhongshanOfficial.id }, data: { isActive: true } });
    }
  });
});
