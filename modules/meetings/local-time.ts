// Meeting times are typed in and shown in the app's time zone, China Standard Time (UTC+8,
// no daylight saving since 1991), whatever zone the server or the browser runs in.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** 'YYYY-MM-DDTHH:mm' (as from <input type="datetime-local">) in UTC+8 → the instant; null if not a real time. */
export function parseLocalDateTime(value: string): Date | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS);
  // Date.UTC rolls 31 February over into March; such an input is not a time.
  return toLocalDateTimeInput(date) === value ? date : null;
}

/** The instant as 'YYYY-MM-DDTHH:mm' in UTC+8, for a datetime-local input's value. */
export function toLocalDateTimeInput(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
