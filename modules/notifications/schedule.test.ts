import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SCHEDULE, dayListText, reminderScheduleOf } from '@/modules/notifications/schedule';
import { ZUpdateReminderScheduleInput } from '@/modules/notifications/schema';

const form = (remindDaysBefore: string, escalateRegionAfterDays = '3', escalateOfficeAfterDays = '7') => ({
  campaignId: 'c1',
  version: '1',
  remindDaysBefore,
  escalateRegionAfterDays,
  escalateOfficeAfterDays,
});

/** Each refused field with its message keys and their parameters. */
function problemsOf(input: ReturnType<typeof form>) {
  const parsed = ZUpdateReminderScheduleInput.safeParse(input);
  if (parsed.success) return null;
  return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, params: 'params' in i ? i.params : undefined }));
}

describe('the schedule form', () => {
  it('reads day lists with either comma and spaces, as distinct days, largest first', () => {
    expect(ZUpdateReminderScheduleInput.parse(form('7, 3,1 ，0')).remindDaysBefore).toEqual([7, 3, 1, 0]);
    expect(ZUpdateReminderScheduleInput.parse(form('5')).remindDaysBefore).toEqual([5]);
    expect(ZUpdateReminderScheduleInput.parse(form('1, 5, 5, 1')).remindDaysBefore).toEqual([5, 1]);
  });

  it('accepts ten different days, and the tester’s eleven entries of which one is typed twice', () => {
    expect(ZUpdateReminderScheduleInput.parse(form('0,1,2,3,4,5,6,7,8,60')).remindDaysBefore).toHaveLength(10);
    expect(ZUpdateReminderScheduleInput.parse(form('7,3,1,0,1,2,4,5,6,8,9')).remindDaysBefore).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it('names the limit when there are more than ten different days', () => {
    expect(problemsOf(form('0,1,2,3,4,5,6,7,8,9,10'))).toEqual([
      { path: 'remindDaysBefore', message: 'notifications.schedule.tooManyDays', params: { count: 11, maximum: 10 } },
    ]);
  });

  it('names a day out of range', () => {
    for (const [text, value] of [['7, 61', '61'], ['-1', '-1'], ['100', '100']] as const) {
      expect(problemsOf(form(text)), text).toEqual([
        { path: 'remindDaysBefore', message: 'notifications.schedule.dayOutOfRange', params: { value, maximum: 60 } },
      ]);
    }
  });

  it('names a word that is not a whole number', () => {
    for (const [text, value] of [['7;3', '7;3'], ['1.5', '1.5'], ['seven', 'seven'], ['3, 三', '三']] as const) {
      expect(problemsOf(form(text)), text).toEqual([
        { path: 'remindDaysBefore', message: 'notifications.schedule.dayNotWhole', params: { value, maximum: 60 } },
      ]);
    }
  });

  it('asks for at least one day', () => {
    for (const text of ['', ' , ']) expect(problemsOf(form(text))?.map((p) => p.message), text).toEqual(['required']);
  });

  it('refuses telling the office before the region above, on the office field', () => {
    expect(problemsOf(form('7', '30', '3'))).toEqual([
      { path: 'escalateOfficeAfterDays', message: 'notifications.schedule.officeBeforeRegion', params: { region: 30 } },
    ]);
    expect(ZUpdateReminderScheduleInput.safeParse(form('7', '5', '5')).success).toBe(true);
    expect(ZUpdateReminderScheduleInput.safeParse(form('7', '5', '6')).success).toBe(true);
  });

  it('writes the default back as the admins see it', () => {
    expect(dayListText(DEFAULT_REMINDER_SCHEDULE)).toBe('7, 3, 1, 0');
  });
});

describe('a stored schedule', () => {
  it('falls back to the default when the office would be told before the region above', () => {
    expect(reminderScheduleOf({ remindDaysBefore: [5], escalateRegionAfterDays: 30, escalateOfficeAfterDays: 3 })).toEqual(DEFAULT_REMINDER_SCHEDULE);
    expect(reminderScheduleOf({ remindDaysBefore: [5], escalateRegionAfterDays: 3, escalateOfficeAfterDays: 30 }).escalateOfficeAfterDays).toBe(30);
  });
});
