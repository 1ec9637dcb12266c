// Runs before every page: security headers with a fresh CSP nonce, a 403 for a server action
// posted from another site, and a redirect to the login page for visitors without a session
// cookie. The redirect is a convenience, never the permission check: the cookie is not verified
// here, and every page, action and route handler checks the actor itself (CVE-2025-29927).
// Each request gets its id (X-Request-Id: the incoming one when it is plain, else a new one) on the
// request, for the server action's audit events and log lines, and on the response.
import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { contentSecurityPolicy, HSTS, isCrossOriginAction } from '@/lib/security/headers';
import { oversizeActionResponse } from '@/lib/server/oversize-action';
import { REQUEST_ID_HEADER, requestIdOf } from '@/lib/server/request-id';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

function hasSessionCookie(request: NextRequest): boolean {
  // next-auth splits a large token into name.0, name.1, …
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((base) => name === base || name.startsWith(`${base}.`)));
}

function isPublic(pathname: string): boolean {
  return pathname === '/login' || pathname.startsWith('/login/');
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

export function proxy(request: NextRequest): Response {
  const requestId = requestIdOf(request.headers);
  const response = answer(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

function answer(request: NextRequest, requestId: string): Response {
  const oversize = oversizeActionResponse(request);
  if (oversize) return oversize;
  if (isCrossOriginAction(request.headers)) {
    return NextResponse.json({ ok: false, code: 'FORBIDDEN', message: 'Cross-origin request refused' }, { status: 403 });
  }
  const { pathname, search } = request.nextUrl;
  if (!isPublic(pathname) && !hasSessionCookie(request)) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const https = isHttps(request);
  const policy = contentSecurityPolicy(nonce, { dev: getEnv().NODE_ENV === 'development', https });
  // Next reads the nonce for its own scripts from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  // Pages only: not next-auth and other API routes, Next's assets, or any path with a file
  // extension (favicon.ico, robots.txt, images); those get only the headers of next.config.js.
  // API routes stay out for two more reasons: /api/health and /api/ready answer without a session,
  // and Next copies the body of every request the proxy sees, cut at 10 MB, which would break
  // uploads (docs/decisions/028); route handlers set their own request id (lib/server/request-context.ts).
  matcher: ['/((?!api/|_next/|.*\\.[\\w]+$).*)'],
};
