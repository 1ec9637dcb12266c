// next-auth configuration: credentials sign-in, JWT session that carries the user id only.
// Roles are never put in the token; they are read from the database on every request.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { safeCallbackUrl } from '@/modules/auth/callback-url';
import { authenticate } from '@/modules/auth/credentials';

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
        if (!parsed.success) return null;
        return authenticate(getDb(), parsed.data.username, parsed.data.password);
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
      if (user) token.sub = user.id;
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? '' } };
    },
  },
};
