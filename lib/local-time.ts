// The assessment's local time: instants are stored as timestamptz (UTC), while people type and read
// wall-clock times and calendar days in Guangdong, whatever zone the server or the browser runs in.
// Every conversion between the two goes through Intl with this zone; no offset is written by hand.

/** The time zone of the assessments (Guangdong). */
export const ASSESSMENT_TIME_ZONE = 'Asia/Shanghai';

const WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: ASSESSMENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

type Tuple6 = [number, number, number, number, number, number];
type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockAt(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const { type, value } of WALL_CLOCK.formatToParts(instant)) if (type !== 'literal') parts[type] = Number(value);
  return parts as WallClock;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** How far the zone's wall clock is ahead of UTC at this instant, in ms (as Intl reports it, never assumed). */
function zoneOffsetAt(instant: Date): number {
  const w = wallClockAt(instant);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSeconds;
}

/** The instant at which the zone's clock shows this wall-clock time (the wall clock read as if UTC, in ms). */
function instantOfWallClock(wallAsUtc: number): Date {
  // Twice: the offset at the first guess may differ from the offset at the answer across a change of offset.
  const first = wallAsUtc - zoneOffsetAt(new Date(wallAsUtc));
  return new Date(wallAsUtc - zoneOffsetAt(new Date(first)));
}

/** The instant as 'YYYY-MM-DDTHH:mm' in the assessment's zone, for a datetime-local input's value. */
export function toLocalDateTimeInput(instant: Date): string {
  const w = wallClockAt(instant);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant's calendar day in the assessment's zone, as 'YYYY-MM-DD' (a date input's value). */
export function toLocalDateInput(instant: Date): string {
  return toLocalDateTimeInput(instant).slice(0, 10);
}

/**
 * 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss' (as from <input type="datetime-local">) in the
 * assessment's zone → the instant; null if that is not a real time there.
 */
export function parseLocalDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as number[] as Tuple6;
  const instant = instantOfWallClock(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 30 February over into March, 24:00 into the next day and 60 s into the next minute;
  // a wall-clock time skipped when clocks went forward comes back as another. None of those is a time there.
  return toLocalDateTimeInput(instant) === value.slice(0, 16) ? instant : null;
}

/** parseLocalDateTime for fixed values written in code (seeds): a wrong one is a programming error. */
export function localDateTime(value: string): Date {
  const instant = parseLocalDateTime(value);
  if (!instant) throw new RangeError(`not a local date and time: ${value}`);
  return instant;
}

/** The first and the last millisecond of a calendar day ('YYYY-MM-DD') in the assessment's zone; null if no such day. */
export function localDayBounds(day: string): { start: Date; end: Date } | null {
  if (!LOCAL_DATE.test(day)) return null;
  const start = parseLocalDateTime(`${day}T00:00`);
  if (!start) return null;
  const midnightAsUtc = new Date(`${day}T00:00:00Z`).getTime();
  const next = instantOfWallClock(midnightAsUtc + DAY_MS);
  return { start, end: new Date(next.getTime() - 1) };
}

/** The instant's calendar day in the assessment's zone as a UTC midnight, the form Prisma gives @db.Date values. */
export function localCalendarDate(instant: Date): Date {
  return new Date(`${toLocalDateInput(instant)}T00:00:00.000Z`);
}

/** The instant shown in the assessment's zone, in the given language (for text built outside a page, e.g. Excel). */
export function formatLocalDateTime(instant: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: ASSESSMENT_TIME_ZONE }).format(instant);
}
