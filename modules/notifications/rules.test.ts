import { describe, expect, it } from 'vitest';
import { daysUntilDue, deliveryKey, dueSteps, recipientsOf, type ItemParties, type ReminderStep } from '@/modules/notifications/rules';
import { DEFAULT_REMINDER_SCHEDULE, reminderScheduleOf } from '@/modules/notifications/schedule';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Due on 2026-12-20 (local day); local midnight is 16:00 UTC the day before.
const DUE = new Date('2026-12-20T10:00:00Z');
const item = { type: 'Finding', id: 'f1', due: DUE };

/** Runs a sweep at each instant, remembering delivered keys as the database's unique index would. */
function simulate(instants: Date[], recipientId = 'u1') {
  const sent = new Set<string>();
  const log: { at: string; step: string }[] = [];
  for (const at of instants) {
    for (const step of dueSteps('rectification', DEFAULT_REMINDER_SCHEDULE, daysUntilDue(DUE, at))) {
      const key = deliveryKey(item, recipientId, step);
      if (sent.has(key)) continue;
      sent.add(key);
      log.push({ at: at.toISOString().slice(0, 10), step: key.split(':').at(-1)! });
    }
  }
  return log;
}

/** Every `everyHours` from `from` to `to` (UTC instants). */
function instants(from: string, to: string, everyHours: number): Date[] {
  const out: Date[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += everyHours * HOUR) out.push(new Date(t));
  return out;
}

describe('daysUntilDue', () => {
  it('counts local calendar days, not 24-hour spans', () => {
    // 2026-12-19T16:30Z is already 00:30 on the 20th in Guangdong: the due day.
    expect(daysUntilDue(DUE, new Date('2026-12-19T16:30:00Z'))).toBe(0);
    expect(daysUntilDue(DUE, new Date('2026-12-19T15:30:00Z'))).toBe(1);
    expect(daysUntilDue(DUE, new Date('2026-12-23T15:59:00Z'))).toBe(-3);
  });
});

describe('reminder schedule (default 7, 3, 1, 0 days before; escalation after 3 and 7 days)', () => {
  it('sends each step once, on its day, when the sweep runs every two hours for a month', () => {
    // Expected days written out by hand (local day D = 2026-12-20; a sweep at 16:00Z is 00:00 local next day).
    const log = simulate(instants('2026-12-01T00:00:00Z', '2026-12-31T00:00:00Z', 2));
    const firstLocalDay = (step: string) => log.find((l) => l.step === step);
    expect(log.map((l) => l.step)).toEqual(['remind-7', 'remind-3', 'remind-1', 'remind-0', 'escalate-region', 'escalate-office']);
    // The first sweep of the local 13th runs at 16:00Z on the 12th.
    expect(firstLocalDay('remind-7')?.at).toBe('2026-12-12');
    expect(firstLocalDay('remind-0')?.at).toBe('2026-12-19');
    expect(firstLocalDay('escalate-region')?.at).toBe('2026-12-22');
    expect(firstLocalDay('escalate-office')?.at).toBe('2026-12-26');
  });

  it('after a pause (a restart, a late item) sends only the latest reminder, not every missed one', () => {
    const log = simulate([new Date('2026-12-16T04:00:00Z'), new Date('2026-12-16T05:00:00Z'), new Date('2026-12-18T04:00:00Z')]);
    // 4 days left → the 7-day step; then 2 days left → the 3-day step. Never twice.
    expect(log.map((l) => l.step)).toEqual(['remind-7', 'remind-3']);
  });

  it('an item first seen ten days overdue escalates to both levels at once, and nothing more', () => {
    const log = simulate([new Date('2026-12-30T04:00:00Z'), new Date('2026-12-31T04:00:00Z')]);
    expect(log.map((l) => l.step)).toEqual(['escalate-region', 'escalate-office']);
  });

  it('nothing falls due more than 7 days ahead', () => {
    expect(dueSteps('report', DEFAULT_REMINDER_SCHEDULE, 8)).toEqual([]);
    expect(dueSteps('report', DEFAULT_REMINDER_SCHEDULE, -2)).toEqual([]);
  });

  it('a moved deadline starts its reminders afresh; another person has keys of their own', () => {
    const step: ReminderStep = { kind: 'remind', code: 'remind-3', to: 'responsible' };
    const moved = { ...item, due: new Date(DUE.getTime() + 2 * DAY) };
    expect(deliveryKey(moved, 'u1', step)).not.toBe(deliveryKey(item, 'u1', step));
    expect(deliveryKey(item, 'u2', step)).not.toBe(deliveryKey(item, 'u1', step));
  });

  it('reads a campaign schedule and falls back to the default', () => {
    expect(reminderScheduleOf(null)).toEqual(DEFAULT_REMINDER_SCHEDULE);
    expect(reminderScheduleOf({ remindDaysBefore: [1, 5, 5], escalateRegionAfterDays: 2, escalateOfficeAfterDays: 4 }).remindDaysBefore).toEqual([5, 1]);
    expect(dueSteps('report', reminderScheduleOf({ remindDaysBefore: [5], escalateRegionAfterDays: 2, escalateOfficeAfterDays: 4 }), -2)).toEqual([
      { kind: 'escalate', code: 'escalate-region', to: 'regionAbove' },
    ]);
  });
});

describe('escalation levels', () => {
  const parties: ItemParties = {
    officialsByLevel: [['fengkai'], ['zhaoqing']],
    ownOfficials: [],
    leaders: ['leader6'],
    assessors: ['assessor6'],
    admins: ['admin', 'leader6'],
  };
  const at = (daysLeft: number) => dueSteps('rectification', DEFAULT_REMINDER_SCHEDULE, daysLeft);

  it('reminds the nearest officials, escalates to the region above, then to the leader and the office', () => {
    expect(recipientsOf(at(1)[0]!, parties)).toEqual(['fengkai']);
    expect(recipientsOf(at(-3)[0]!, parties)).toEqual(['zhaoqing']);
    expect(recipientsOf(at(-7)[1]!, parties).sort()).toEqual(['admin', 'leader6']);
  });

  it('a region with nobody above it escalates to nobody at the region level', () => {
    expect(recipientsOf(at(-3)[0]!, { ...parties, officialsByLevel: [['zhaoqing']] })).toEqual([]);
  });
});

describe('waits and appeal windows', () => {
  const codes = (...args: Parameters<typeof dueSteps>) => dueSteps(...args).map((s) => `${s.code}>${s.to}`);
  const schedule = DEFAULT_REMINDER_SCHEDULE;

  it('proof awaiting verification: nothing on the day it came, the assessors the next day, the leader too from the third', () => {
    expect(codes('proof', schedule, 0)).toEqual([]);
    expect(codes('proof', schedule, -1)).toEqual(['remind-verify>assessors']);
    expect(codes('proof', schedule, -2)).toEqual(['remind-verify>assessors']);
    expect(codes('proof', schedule, -3)).toEqual(['remind-verify>assessors', 'escalate-leader>leaders']);
    // The campaign's first escalation delay applies, as it does to deadlines.
    expect(codes('proof', { ...schedule, escalateRegionAfterDays: 5 }, -4)).toEqual(['remind-verify>assessors']);
  });

  it('a finding without a plan reminds its officials from the seventh day after the issue, and only then', () => {
    expect(codes('plan', schedule, -6)).toEqual([]);
    expect(codes('plan', schedule, -7)).toEqual(['remind-plan>responsible']);
    expect(codes('plan', schedule, -30)).toEqual(['remind-plan>responsible']);
  });

  it('an appeal window reminds the day before it closes (or on the day, if missed), not earlier', () => {
    expect(codes('appeal', schedule, 2)).toEqual([]);
    expect(codes('appeal', schedule, 1)).toEqual(['remind-appeal>responsible']);
    expect(codes('appeal', schedule, 0)).toEqual(['remind-appeal>responsible']);
    expect(codes('appeal', schedule, -1)).toEqual([]);
    // Results appeals go to the officials of the assessed region itself.
    expect(codes('resultAppeal', schedule, 1)).toEqual(['remind-appeal>target']);
  });

  it('each wait is delivered once however often the sweep runs (one key per step)', () => {
    const issued = new Date('2026-12-01T02:00:00Z');
    const sent = new Set<string>();
    const log: string[] = [];
    for (const at of instants('2026-12-01T00:00:00Z', '2026-12-20T00:00:00Z', 2)) {
      for (const step of dueSteps('plan', schedule, daysUntilDue(issued, at))) {
        const key = deliveryKey({ type: 'Finding', id: 'f1', due: issued }, 'u1', step);
        if (!sent.has(key)) log.push(at.toISOString().slice(0, 13));
        sent.add(key);
      }
    }
    // Issued on the local 1st; the local 8th begins at 16:00Z on the 7th.
    expect(log).toEqual(['2026-12-07T16']);
  });

  it('the assessors, the leader and the target officials come from their own parties', () => {
    const parties: ItemParties = { officialsByLevel: [['zhaoqing'], ['guangdong']], ownOfficials: ['zhaoqing'], leaders: ['leader6'], assessors: ['assessor6'], admins: ['admin'] };
    const [remind, escalate] = dueSteps('proof', schedule, -3);
    expect(recipientsOf(remind!, parties)).toEqual(['assessor6']);
    expect(recipientsOf(escalate!, parties)).toEqual(['leader6']);
    expect(recipientsOf(dueSteps('resultAppeal', schedule, 0)[0]!, { ...parties, ownOfficials: [] })).toEqual([]);
  });
});
