// next-auth configuration: credentials sign-in, JWT session that carries the user id only.
// Roles are never put in the token; they are read from the database on every request.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { authenticate } from '@/modules/auth/credentials';
import { recordFailedSignIn, recordSignIn, recordSignOut } from '@/modules/auth/sign-in-audit';

const ZCredentials = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  // Provided by `npm start` (generated on first start and kept in the data folder) or the environment.
  secret: getEnv().NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { username: { type: 'text' }, password: { type: 'password' } },
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        const user = parsed.success ? await authenticate(getDb(), parsed.data.username, parsed.data.password) : null;
        // Recorded before the answer: a sign-in that cannot be audited does not happen.
        if (user) await recordSignIn(getDb(), user.id);
        else await recordFailedSignIn(getDb(), raw?.username);
        return user;
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      if (token?.sub) await recordSignOut(getDb(), token.sub);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? '' } };
    },
  },
};
