// Which reminder and escalation steps fall due for an item with a due day, and who receives each.
// Pure: the sweep (sweep.ts) reads items and people from the database and asks these rules.
// Days are calendar days in the assessment's zone: a report due at 18:00 today is due "today".
import { localCalendarDate } from '@/lib/local-time';
import type { ReminderSchedule } from '@/modules/notifications/schedule';

const DAY_MS = 24 * 60 * 60 * 1000;

export type ReminderStep =
  | { kind: 'remind'; daysBefore: number }
  | { kind: 'escalate'; level: 'region' | 'office'; afterDays: number };

/** Whole calendar days from today to the due day: 0 on the day, negative once overdue. */
export function daysUntilDue(due: Date, now: Date): number {
  return Math.round((localCalendarDate(due).getTime() - localCalendarDate(now).getTime()) / DAY_MS);
}

/**
 * The steps due now. Of the reminders only the latest one reached is due (a sweep that missed a day
 * does not send the 7-day and the 3-day reminder together); every escalation reached is due. Steps
 * already sent are skipped by their key (stepKey), so the answer may repeat from sweep to sweep.
 */
export function dueSteps(schedule: ReminderSchedule, daysLeft: number): ReminderStep[] {
  const steps: ReminderStep[] = [];
  if (daysLeft >= 0) {
    const reached = schedule.remindDaysBefore.filter((d) => d >= daysLeft);
    if (reached.length > 0) steps.push({ kind: 'remind', daysBefore: Math.min(...reached) });
    return steps;
  }
  const overdue = -daysLeft;
  if (overdue >= schedule.escalateRegionAfterDays) steps.push({ kind: 'escalate', level: 'region', afterDays: schedule.escalateRegionAfterDays });
  if (overdue >= schedule.escalateOfficeAfterDays) steps.push({ kind: 'escalate', level: 'office', afterDays: schedule.escalateOfficeAfterDays });
  return steps;
}

export function stepCode(step: ReminderStep): string {
  return step.kind === 'remind' ? `remind-${step.daysBefore}` : `escalate-${step.level}`;
}

/** One delivery's key: the same item, due day, person and step is delivered once. A new due day starts afresh. */
export function deliveryKey(item: { type: string; id: string; due: Date }, recipientId: string, step: ReminderStep): string {
  return `${item.type}:${item.id}:${localCalendarDate(item.due).toISOString().slice(0, 10)}:${recipientId}:${stepCode(step)}`;
}

/** The people around an item, from the database: officials by level of the item's region upwards, the group and the office. */
export type ItemParties = {
  /** Officials of the item's region and of each region above it, nearest first; levels without officials left out. */
  officialsByLevel: string[][];
  leaders: string[];
  admins: string[];
};

/**
 * Reminders go to the officials nearest the item's region (those who answer for it); the first
 * escalation to the officials of the next region above that has any; the second to the group
 * leader and the assessment office.
 */
export function recipientsOf(step: ReminderStep, parties: ItemParties): string[] {
  if (step.kind === 'remind') return parties.officialsByLevel[0] ?? [];
  if (step.level === 'region') return parties.officialsByLevel[1] ?? [];
  return [...new Set([...parties.leaders, ...parties.admins])];
}
