// Weeks in the assessment's zone, Monday to Sunday (the working week in China): which week an
// instant falls in, this week's bounds as calendar dates, and the Mondays between two weeks.
import { toLocalDateInput } from '@/lib/local-time';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Monday ('YYYY-MM-DD', in the assessment's zone) of the week an instant falls in. */
export function weekOf(instant: Date): string {
  return mondayOf(toLocalDateInput(instant));
}

/** The Monday of a calendar day's week ('YYYY-MM-DD' in, 'YYYY-MM-DD' out). */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** This week's Monday and Sunday as calendar dates (UTC midnights, the form of a @db.Date such as dueDate). */
export function weekBounds(now: Date): { monday: Date; sunday: Date } {
  const monday = new Date(`${weekOf(now)}T00:00:00Z`);
  return { monday, sunday: new Date(monday.getTime() + 6 * DAY_MS) };
}

/** The Monday `n` weeks before the week of Monday `week` ('YYYY-MM-DD' in and out). */
export function weeksBefore(week: string, n: number): string {
  return new Date(new Date(`${week}T00:00:00Z`).getTime() - n * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** Every Monday from `first` to `last` inclusive. */
export function weeksFrom(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let t = new Date(`${first}T00:00:00Z`).getTime(); t <= new Date(`${last}T00:00:00Z`).getTime(); t += 7 * DAY_MS) {
    weeks.push(new Date(t).toISOString().slice(0, 10));
  }
  return weeks;
}
