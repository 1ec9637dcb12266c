// Which reminder and escalation steps fall due for a watched item, and who receives each.
// Pure: the sweep (sweep.ts) reads items and people from the database and asks these rules.
// Days are calendar days in the assessment's zone: a report due at 18:00 today is due "today".
import { localCalendarDate } from '@/lib/local-time';
import type { ReminderSchedule } from '@/modules/notifications/schedule';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What an item waits for, and so which day it is counted from (its `due`):
 * - report, rectification: a deadline (the report's, the plan's due day);
 * - proof: the assessors' verification of proof submitted on `due`;
 * - plan: the region's rectification plan for a finding issued on `due`;
 * - appeal, resultAppeal: the end of the appeal window of a finding, of an assessment's results.
 */
export type ItemSubject = 'report' | 'rectification' | 'proof' | 'plan' | 'appeal' | 'resultAppeal';

/**
 * Who a step goes to: the officials answering for the item's region (the nearest with officials),
 * the officials of the assessed region itself, those of the next region above, the group's leader
 * and the office, the group's assessors, the group's leader.
 */
export type Audience = 'responsible' | 'target' | 'regionAbove' | 'office' | 'assessors' | 'leaders';

/** `code` names the step in its delivery key and audit event; the deadline codes are remind-N, escalate-region, escalate-office. */
export type ReminderStep = { kind: 'remind' | 'escalate'; code: string; to: Audience };

/** Proof waits this many days before the assessors are reminded (they were told the day it came). */
export const PROOF_REMIND_AFTER_DAYS = 1;
/** A finding issued this many days ago without a rectification plan reminds its officials. */
export const PLAN_REMIND_AFTER_DAYS = 7;
/** Officials are reminded this many days before an appeal window closes (and on the day, if missed). */
export const APPEAL_REMIND_DAYS_BEFORE = 1;

/** Whole calendar days from today to the due day: 0 on the day, negative once overdue (or waiting). */
export function daysUntilDue(due: Date, now: Date): number {
  return Math.round((localCalendarDate(due).getTime() - localCalendarDate(now).getTime()) / DAY_MS);
}

/**
 * A deadline's steps. Of the reminders only the latest one reached is due (a sweep that missed a day
 * does not send the 7-day and the 3-day reminder together); every escalation reached is due.
 */
function deadlineSteps(schedule: ReminderSchedule, daysLeft: number): ReminderStep[] {
  if (daysLeft >= 0) {
    const reached = schedule.remindDaysBefore.filter((d) => d >= daysLeft);
    return reached.length > 0 ? [{ kind: 'remind', code: `remind-${Math.min(...reached)}`, to: 'responsible' }] : [];
  }
  const overdue = -daysLeft;
  const steps: ReminderStep[] = [];
  if (overdue >= schedule.escalateRegionAfterDays) steps.push({ kind: 'escalate', code: 'escalate-region', to: 'regionAbove' });
  if (overdue >= schedule.escalateOfficeAfterDays) steps.push({ kind: 'escalate', code: 'escalate-office', to: 'office' });
  return steps;
}

/**
 * The steps due now. Proof awaiting verification reminds the assessors, and after the campaign's
 * first escalation delay (3 days by default, like a deadline's) tells the leader; a finding without
 * a plan and an appeal window about to close remind the officials once. Steps already sent are
 * skipped by their key (deliveryKey), so the answer may repeat from sweep to sweep.
 */
export function dueSteps(subject: ItemSubject, schedule: ReminderSchedule, daysLeft: number): ReminderStep[] {
  const waited = -daysLeft;
  switch (subject) {
    case 'report':
    case 'rectification':
      return deadlineSteps(schedule, daysLeft);
    case 'proof': {
      const steps: ReminderStep[] = [];
      if (waited >= PROOF_REMIND_AFTER_DAYS) steps.push({ kind: 'remind', code: 'remind-verify', to: 'assessors' });
      if (waited >= schedule.escalateRegionAfterDays) steps.push({ kind: 'escalate', code: 'escalate-leader', to: 'leaders' });
      return steps;
    }
    case 'plan':
      return waited >= PLAN_REMIND_AFTER_DAYS ? [{ kind: 'remind', code: 'remind-plan', to: 'responsible' }] : [];
    case 'appeal':
    case 'resultAppeal':
      return daysLeft >= 0 && daysLeft <= APPEAL_REMIND_DAYS_BEFORE
        ? [{ kind: 'remind', code: 'remind-appeal', to: subject === 'appeal' ? 'responsible' : 'target' }]
        : [];
  }
}

/** One delivery's key: the same item, due day, person and step is delivered once. A new due day starts afresh. */
export function deliveryKey(item: { type: string; id: string; due: Date }, recipientId: string, step: ReminderStep): string {
  return `${item.type}:${item.id}:${localCalendarDate(item.due).toISOString().slice(0, 10)}:${recipientId}:${step.code}`;
}

/** The people around an item, from the database: officials by level of the item's region upwards, the group and the office. */
export type ItemParties = {
  /** Officials of the item's region and of each region above it, nearest first; levels without officials left out. */
  officialsByLevel: string[][];
  /** Officials of the item's region itself (none when only regions above it have officials). */
  ownOfficials: string[];
  leaders: string[];
  assessors: string[];
  admins: string[];
};

/**
 * The responsible officials are the nearest to the item's region (those who answer for it); the
 * region above is the next level up that has officials; the office is the group leader and the admins.
 */
export function recipientsOf(step: ReminderStep, parties: ItemParties): string[] {
  switch (step.to) {
    case 'responsible':
      return parties.officialsByLevel[0] ?? [];
    case 'target':
      return parties.ownOfficials;
    case 'regionAbove':
      return parties.officialsByLevel[1] ?? [];
    case 'office':
      return [...new Set([...parties.leaders, ...parties.admins])];
    case 'assessors':
      return parties.assessors;
    case 'leaders':
      return parties.leaders;
  }
}
