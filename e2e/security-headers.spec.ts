// Pages carry a nonce-based Content-Security-Policy and the other hardening headers; nothing of
// the app's own breaks under the policy; the login never redirects off the site; a server
// action posted from another site is refused with 403.
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

test('pages carry the security headers and a nonce that Next puts on its scripts', async ({ page }) => {
  const response = await page.goto('/login');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=(self)');
  expect(headers['permissions-policy']).toContain('geolocation=(self)');
  expect(headers['permissions-policy']).toContain('microphone=()');
  // Plain HTTP here: no HSTS (it is sent only over HTTPS).
  expect(headers['strict-transport-security']).toBeUndefined();
  const scriptNonces = await page.locator('script').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const n of scriptNonces) expect(n).toBe(nonce);

  const second = await page.request.get('/login');
  expect(second.headers()['content-security-policy']).not.toBe(csp);
});

test('route handlers and static files carry nosniff and frame denial', async ({ request }) => {
  const api = await request.get('/api/auth/csrf');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['x-frame-options']).toBe('DENY');
});

test('the app works under the policy: no violation while signing in and using pages', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, 'leader6');
  for (const path of ['/assessments', '/findings', '/reports']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('a signed-in user sent to the login with a hostile callbackUrl stays on the site', async ({ page, baseURL }) => {
  await signIn(page, 'admin');
  for (const hostile of ['%2F%09%2Fevil.example', '%2F%0A%2Fevil.example', '%2F%0D%0A%2Fevil.example', '%2F%5Cevil.example', 'https%3A%2F%2Fevil.example']) {
    const response = await page.goto(`/login?callbackUrl=${hostile}`);
    expect(response!.status()).toBeLessThan(500);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
});

test('a server action posted from another site is refused with 403', async ({ request }) => {
  const response = await request.post('/login', {
    headers: { 'Next-Action': '0'.repeat(42), Origin: 'http://evil.example', 'Content-Type': 'text/plain;charset=UTF-8' },
    data: '[]',
  });
  expect(response.status()).toBe(403);
});
