// next-auth configuration: credentials sign-in, a JWT that carries the user id and the id of the
// session row (UserSession) only. Roles are never put in the token; they are read from the
// database on every request, and the session row decides whether the token still signs in.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getEnv, getSessionLimits } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { currentRequestId } from '@/lib/server/request-context';
import { safeCallbackUrl } from '@/modules/auth/callback-url';
import { clientAddress } from '@/modules/auth/client-address';
import { authenticate } from '@/modules/auth/credentials';
import { findPasswordProblem } from '@/modules/auth/password-policy';
import { createUserSession, revokeSession } from '@/modules/auth/sessions';
import { recordFailedSignIn, recordSignIn, recordSignOut } from '@/modules/auth/sign-in-audit';
import { THROTTLED_PREFIX } from '@/modules/auth/sign-in-errors';
import { clearAccountFailures, recordSignInFailure, signInRetryAt, throttleKeys } from '@/modules/auth/throttle';

const ZCredentials = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

type Headers = Record<string, string | string[] | undefined> | undefined;
const header = (headers: Headers, name: string) => {
  const value = headers?.[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
};

export const authOptions: NextAuthOptions = {
  // Provided by `npm start` (generated on first start and kept in the data folder) or the environment.
  secret: getEnv().NEXTAUTH_SECRET,
  // The token outlives no session: the session row's absolute lifetime is the same.
  session: { strategy: 'jwt', maxAge: getSessionLimits().maxAgeMs / 1000 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { username: { type: 'text' }, password: { type: 'password' } },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        const db = getDb();
        const requestId = await currentRequestId();
        if (!parsed.success) {
          await recordFailedSignIn(db, raw?.username, requestId);
          return null;
        }
        const now = new Date();
        const keys = throttleKeys(parsed.data.username, clientAddress(request?.headers as Headers));
        // Checked before the password, so a locked account costs nothing and says when to retry.
        const retry = await signInRetryAt(db, keys, now);
        if (retry) throw new Error(`${THROTTLED_PREFIX}${retry.toISOString()}`);
        const user = await authenticate(db, parsed.data.username, parsed.data.password);
        if (!user) {
          await recordSignInFailure(db, keys, now);
          await recordFailedSignIn(db, parsed.data.username, requestId);
          return null;
        }
        await clearAccountFailures(db, keys);
        if (!getEnv().DEMO_MODE && findPasswordProblem(parsed.data.password, { username: parsed.data.username })) {
          await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
        }
        const sid = await createUserSession(db, user.id, header(request?.headers as Headers, 'user-agent'));
        // Recorded before the answer: a sign-in that cannot be audited does not happen.
        await recordSignIn(db, user.id, requestId);
        return { id: user.id, sid };
      },
    }),
  ],
  callbacks: {
    // After sign-in or sign-out, only a page of this site (never an open redirect).
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeCallbackUrl(path)}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return { sub: token.sub, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? '', sid: typeof token.sid === 'string' ? token.sid : '' } };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await revokeSession(getDb(), token.sid, 'sign-out');
      if (token?.sub) await recordSignOut(getDb(), token.sub, await currentRequestId());
    },
  },
};
