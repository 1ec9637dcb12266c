// A request id goes from the X-Request-Id of the browser's request (as a reverse proxy would set it)
// through the proxy and a server action into the audit event the action writes, and comes back on
// each response (docs/decisions/028).
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { signIn } from './support/auth';

test('a server action records the request id with its audit event and answers with it', async ({ page }) => {
  await signIn(page, 'admin');
  const requestId = `e2e-${Date.now().toString(36)}`;
  await page.setExtraHTTPHeaders({ 'x-request-id': requestId });
  const response = await page.goto('/audit');
  expect(response!.headers()['x-request-id']).toBe(requestId);

  const verify = page.getByRole('button', { name: '立即校验' });
  // The check the worker queues at its start may still be waiting or under way.
  await expect(verify).toBeEnabled({ timeout: 30_000 });
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined);
  await verify.click();
  expect((await posted).headers()['x-request-id']).toBe(requestId);

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ requestId: string | null }>(`SELECT "requestId" FROM "AuditEvent" WHERE "action" = 'audit.verify' ORDER BY "id" DESC LIMIT 1`);
    expect(rows[0]?.requestId).toBe(requestId);
  } finally {
    await client.end();
  }
});
