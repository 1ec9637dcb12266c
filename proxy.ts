// Sends visitors without a session cookie to the login page, keeping where they wanted to go.
// This is a convenience, never the permission check: the cookie is not verified here, and
// every page, action and route handler checks the actor itself (CVE-2025-29927).
import { NextResponse, type NextRequest } from 'next/server';
import { oversizeActionResponse } from '@/lib/server/oversize-action';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

function hasSessionCookie(request: NextRequest): boolean {
  // next-auth splits a large token into name.0, name.1, …
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((base) => name === base || name.startsWith(`${base}.`)));
}

export function proxy(request: NextRequest) {
  const oversize = oversizeActionResponse(request);
  if (oversize) return oversize;
  if (hasSessionCookie(request)) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // App pages only: not the login page, next-auth and other API routes, Next's assets,
  // or any path with a file extension (favicon.ico, robots.txt, images).
  matcher: ['/((?!login(?:/|$)|api/|_next/|.*\\.[\\w]+$).*)'],
};
