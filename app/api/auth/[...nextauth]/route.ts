// next-auth's own endpoints (sign-in, sign-out, session, csrf). Not a guarded route:
// it only establishes who the user is; permissions are checked by every page and action.
import NextAuth from 'next-auth';
import { authOptions } from '@/modules/auth/auth-options';

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
