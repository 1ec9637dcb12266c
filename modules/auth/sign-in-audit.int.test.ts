// Sign-ins, failed sign-ins and sign-outs, through the next-auth configuration the app serves.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { getDb } from '@/lib/server/db';
import { authOptions } from '@/modules/auth/auth-options';
import { DEMO_PASSWORD } from '@/seeds/demo-users';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

// next-auth keeps the configured authorize in `options`; the outer one is a placeholder.
const authorize = (username: unknown, password: unknown) =>
  (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options.authorize({ username, password } as never, {} as never);

const newest = () => getDb().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { action: true, actorId: true, entityId: true, data: true } });

describe('sign-in audit', () => {
  it('records a sign-in by the user who signed in', async () => {
    expect(await authorize('Leader6', DEMO_PASSWORD)).toMatchObject({ id: demo.users.leader.id });
    expect(await newest()).toMatchObject({ action: 'auth.signIn', actorId: demo.users.leader.id, entityId: demo.users.leader.id });
  });

  it('records a failed sign-in with the username as typed, cut short, and no password', async () => {
    expect(await authorize('leader6', 'not-the-password')).toBeNull();
    expect(await newest()).toMatchObject({ action: 'auth.signInFailed', actorId: null, data: { username: 'leader6' } });
    const typed = `\0${'长'.repeat(80)}`;
    expect(await authorize(typed, '')).toBeNull();
    const event = await newest();
    expect(event).toMatchObject({ action: 'auth.signInFailed', data: { username: '长'.repeat(64) } });
    expect(JSON.stringify(event.data)).not.toContain('not-the-password');
  });

  it('records a sign-out', async () => {
    await authOptions.events!.signOut!({ token: { sub: demo.users.assessor.id }, session: null as never });
    expect(await newest()).toMatchObject({ action: 'auth.signOut', actorId: demo.users.assessor.id });
  });
});
