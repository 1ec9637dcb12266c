// How a throttled sign-in is told to the login form: next-auth passes the error's message through
// as `error`, so it carries the time from which a new attempt is allowed.
export const THROTTLED_PREFIX = 'Throttled:';

/** The retry time in a sign-in error, or null when the error is not a throttle. */
export function throttledUntil(error: string | null | undefined): Date | null {
  if (!error?.startsWith(THROTTLED_PREFIX)) return null;
  const at = new Date(error.slice(THROTTLED_PREFIX.length));
  return Number.isNaN(at.getTime()) ? null : at;
}
