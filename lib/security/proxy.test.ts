// proxy.ts: which paths it sees, and the request id it gives each request it answers or passes on.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';

const SIGNED_IN = { cookie: 'next-auth.session-token=abc' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The matcher as Next reads it: one path-to-regexp pattern whose only group is a plain regular expression. */
const sees = (pathname: string) => config.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(pathname));

describe('the proxy', () => {
  it('never sees the health and readiness probes or other API routes, so it cannot send them to the login page', () => {
    for (const path of ['/api/health', '/api/ready', '/api/rosters', '/api/auth/session']) expect(sees(path), path).toBe(false);
    for (const path of ['/', '/findings', '/login', '/audit']) expect(sees(path), path).toBe(true);
  });

  it('passes a plain incoming request id on to the page and back on the response', () => {
    const response = proxy(new NextRequest('http://localhost/findings', { headers: { ...SIGNED_IN, 'x-request-id': 'lb-7f3a91' } }));
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a91');
    // How NextResponse.next() hands changed request headers to the page.
    expect(response.headers.get('x-middleware-request-x-request-id')).toBe('lb-7f3a91');
  });

  it('replaces an unsafe id, and gives one to a request without', () => {
    for (const headers of [{ ...SIGNED_IN, 'x-request-id': '<script>alert(1)</script>' }, SIGNED_IN]) {
      const response = proxy(new NextRequest('http://localhost/findings', { headers }));
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(UUID);
      expect(response.headers.get('x-middleware-request-x-request-id')).toBe(id);
    }
  });

  it('sets the id on the answers it gives itself: the redirect to the login page', () => {
    const response = proxy(new NextRequest('http://localhost/findings', { headers: { 'x-request-id': 'r-1' } }));
    expect(response.status).toBe(307);
    expect(response.headers.get('x-request-id')).toBe('r-1');
  });
});
