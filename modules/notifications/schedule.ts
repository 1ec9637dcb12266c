// A campaign's reminder schedule (stored as JSON on Campaign.reminderSchedule; null = the default):
// how many days before a deadline the responsible officials are reminded, and after how many days
// overdue the region above, then the group leader and the assessment office, are told.
import { z } from 'zod';

const days = z.number().int().min(0).max(60);

export const ZReminderSchedule = z
  .object({
    /** Days before the due day (0 = on the day) on which the responsible officials are reminded. */
    remindDaysBefore: z.array(days).min(1).max(10),
    /** Days overdue after which the officials of the region above are told. */
    escalateRegionAfterDays: days.min(1),
    /** Days overdue after which the group leader and the assessment office (admins) are told. */
    escalateOfficeAfterDays: days.min(1),
  })
  .transform((s) => ({ ...s, remindDaysBefore: [...new Set(s.remindDaysBefore)].sort((a, b) => b - a) }));

export type ReminderSchedule = z.output<typeof ZReminderSchedule>;

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  remindDaysBefore: [7, 3, 1, 0],
  escalateRegionAfterDays: 3,
  escalateOfficeAfterDays: 7,
};

/** The stored schedule, or the default when none is set (or a stored one no longer parses). */
export function reminderScheduleOf(stored: unknown): ReminderSchedule {
  const parsed = ZReminderSchedule.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SCHEDULE;
}

/** "7, 3, 1, 0" (commas of either width, spaces) as whole days; null when anything else is in it. */
export function parseDayList(text: string): number[] | null {
  const parts = text.split(/[,，\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d{1,2}$/.test(p))) return null;
  return parts.map(Number);
}

/** The form's text of a schedule. */
export function dayListText(schedule: ReminderSchedule): string {
  return schedule.remindDaysBefore.join(', ');
}
