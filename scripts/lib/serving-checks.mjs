// Checks of a running app for `npm run check:stop` (scripts/check-orderly-stop.mjs): what a load
// balancer and an operator rely on while it serves (the probes, the request id from the response to
// the audit trail), and a sign-in held up in the database, to be in flight when the app is stopped.
import { readFileSync } from 'node:fs';
import net from 'node:net';

/** A failed sign-in through next-auth's own endpoints, as the login page sends it. */
export async function signIn(baseUrl, { username, password, headers = {} }) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    body: new URLSearchParams({ csrfToken, username, password, json: 'true' }),
    redirect: 'manual',
  });
}

/** Problems with what the app answers while it serves, as text; none: []. */
export async function checkServing(baseUrl, db) {
  const problems = [];
  const expect = (ok, what) => ok || problems.push(what);
  const health = await fetch(`${baseUrl}/api/health`);
  const body = await health.json();
  expect(health.status === 200 && body.buildId === readFileSync('.next/BUILD_ID', 'utf8').trim(), `/api/health: ${health.status} ${JSON.stringify(body)}`);
  const ready = await fetch(`${baseUrl}/api/ready`);
  expect(ready.status === 200, `/api/ready while serving: ${ready.status} ${await ready.text()}`);
  const page = await fetch(`${baseUrl}/login`, { headers: { 'x-request-id': 'check-stop-page' } });
  expect(page.headers.get('x-request-id') === 'check-stop-page', `/login did not answer with its request id (${page.headers.get('x-request-id')})`);
  await signIn(baseUrl, { username: 'nobody', password: 'not-a-password', headers: { 'x-request-id': 'check-stop-sign-in' } });
  const { rows } = await db.query(`SELECT "requestId" FROM "AuditEvent" WHERE "action" = 'auth.signInFailed' ORDER BY "id" DESC LIMIT 1`);
  expect(rows[0]?.requestId === 'check-stop-sign-in', `the failed sign-in's audit event has request id ${rows[0]?.requestId}`);
  return problems;
}

/**
 * Starts a sign-in that waits in the database until `release()`: the sign-in throttle's table is
 * locked. Resolves once the app's query waits for the lock.
 */
export async function holdSignIn(baseUrl, db) {
  await db.query('BEGIN');
  await db.query('LOCK TABLE "SignInThrottle" IN ACCESS EXCLUSIVE MODE');
  const answer = signIn(baseUrl, { username: 'nobody', password: 'not-a-password' }).then(
    (response) => ({ status: response.status }),
    (error) => ({ error: error.cause?.code ?? error.message }),
  );
  let settled = false;
  void answer.then(() => (settled = true));
  for (;;) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = '"SignInThrottle"'::regclass AND NOT granted`);
    if (rows[0].n > 0) break;
    if (settled) throw new Error(`the sign-in did not wait for the lock: ${JSON.stringify(await answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { answer, settled: () => settled, release: () => db.query('COMMIT') };
}

/** Whether the port refuses a new connection (the server closed it). */
export function refusesConnections(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
