// Read your own writes: after a write through the guarded path, the lag-tolerant reads of that
// browser go to the primary until any replica still in use must have replayed the write (the lag
// bound plus two checks: lib/server/replica-lag.ts), so the list a person comes back to shows what
// they just did. Kept in a cookie rather than in the process, because the next request may reach
// another app server; a server action's own re-render sees the cookie it set. Nothing is set when no
// replica is configured. The cookie only ever sends its browser to the primary: a forged one harms nobody.
import { cookies } from 'next/headers';
import { getEnv, getReplicaUrls } from '@/lib/env';
import { readYourWritesSeconds } from '@/lib/server/replica-lag';

const COOKIE = 'primary-reads-until';

export async function noteWrite(now = Date.now()): Promise<void> {
  if (getReplicaUrls().length === 0) return;
  const seconds = readYourWritesSeconds(getEnv().DATABASE_REPLICA_MAX_LAG_SECONDS);
  try {
    (await cookies()).set(COOKIE, String(now + seconds * 1000), { maxAge: seconds, httpOnly: true, sameSite: 'lax', path: '/' });
  } catch {
    // Outside a request (scripts, the worker): there is no browser to keep on the primary.
  }
}

export async function wroteRecently(now = Date.now()): Promise<boolean> {
  try {
    return Number((await cookies()).get(COOKIE)?.value) > now;
  } catch {
    return false;
  }
}
