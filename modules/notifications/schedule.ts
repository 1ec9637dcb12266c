// A campaign's reminder schedule (stored as JSON on Campaign.reminderSchedule; null = the default):
// how many days before a deadline the responsible officials are reminded, and after how many days
// overdue the region above, then the group leader and the assessment office, are told.
import { z } from 'zod';

export const MAX_DAYS = 60;
export const MAX_REMINDER_DAYS = 10;

const days = z.number().int().min(0).max(MAX_DAYS);

type Escalation = { escalateRegionAfterDays: number; escalateOfficeAfterDays: number };

/** The office is told after the region above (or on the same day), never before: the form says "then". */
export function checkEscalationOrder(s: Escalation, ctx: z.RefinementCtx): void {
  if (s.escalateOfficeAfterDays >= s.escalateRegionAfterDays) return;
  ctx.addIssue({
    code: 'custom',
    path: ['escalateOfficeAfterDays'],
    message: 'notifications.schedule.officeBeforeRegion',
    params: { region: s.escalateRegionAfterDays },
  });
}

const distinctDays = (list: number[]) => [...new Set(list)].sort((a, b) => b - a);

export const ZReminderSchedule = z
  .object({
    /** Days before the due day (0 = on the day) on which the responsible officials are reminded. */
    remindDaysBefore: z.array(days).min(1).max(MAX_REMINDER_DAYS),
    /** Days overdue after which the officials of the region above are told. */
    escalateRegionAfterDays: days.min(1),
    /** Days overdue after which the group leader and the assessment office (admins) are told. */
    escalateOfficeAfterDays: days.min(1),
  })
  .superRefine(checkEscalationOrder)
  .transform((s) => ({ ...s, remindDaysBefore: distinctDays(s.remindDaysBefore) }));

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

/**
 * The form's day list, "7, 3, 1, 0" (commas of either width, spaces), as distinct days, largest first.
 * A day typed twice counts once. Each problem has its own message: a word that is not a whole
 * number, a day out of range, more distinct days than the limit.
 */
export const ZDayListText = z
  .string()
  .max(100)
  .transform((text, ctx) => {
    const parts = text.split(/[,，\s]+/).filter(Boolean);
    const whole = parts.filter((p) => /^-?\d+$/.test(p));
    const problems: { message: string; params?: Record<string, string | number> }[] = [];
    if (parts.length === 0) problems.push({ message: 'required' });
    const notWhole = parts.find((p) => !whole.includes(p));
    if (notWhole !== undefined) problems.push({ message: 'notifications.schedule.dayNotWhole', params: { value: notWhole, maximum: MAX_DAYS } });
    const outOfRange = whole.find((p) => !days.safeParse(Number(p)).success);
    if (outOfRange !== undefined) problems.push({ message: 'notifications.schedule.dayOutOfRange', params: { value: outOfRange, maximum: MAX_DAYS } });
    const list = distinctDays(whole.map(Number));
    if (list.length > MAX_REMINDER_DAYS) problems.push({ message: 'notifications.schedule.tooManyDays', params: { count: list.length, maximum: MAX_REMINDER_DAYS } });
    for (const problem of problems) ctx.addIssue({ code: 'custom', ...problem });
    return problems.length > 0 ? z.NEVER : list;
  });

/** The form's text of a schedule. */
export function dayListText(schedule: ReminderSchedule): string {
  return schedule.remindDaysBefore.join(', ');
}
