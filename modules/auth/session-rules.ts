// When a signed-in session stops signing anyone in: revoked (sign-out, deactivation, password or
// role change, "sign out everywhere"), idle for longer than the idle timeout, or older than the
// absolute lifetime. Both limits come from the environment (lib/env.ts).

export type SessionLimits = { idleMs: number; maxAgeMs: number };

export type SessionFacts = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };

export function isSessionLive(session: SessionFacts, now: Date, limits: SessionLimits): boolean {
  if (session.revokedAt) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > limits.idleMs) return false;
  return now.getTime() - session.createdAt.getTime() <= limits.maxAgeMs;
}

/** lastSeenAt is written at most once a minute per session, not on every request. */
export const TOUCH_EVERY_MS = 60_000;

export function needsTouch(session: SessionFacts, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS;
}
