import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SCHEDULE, dayListText, parseDayList } from '@/modules/notifications/schedule';

describe('the schedule form', () => {
  it('reads day lists with either comma and spaces, and refuses anything else', () => {
    expect(parseDayList('7, 3,1 ，0')).toEqual([7, 3, 1, 0]);
    expect(parseDayList('5')).toEqual([5]);
    for (const bad of ['', ' , ', '7;3', '-1', '1.5', '100', 'seven']) expect(parseDayList(bad)).toBeNull();
  });

  it('writes the default back as the admins see it', () => {
    expect(dayListText(DEFAULT_REMINDER_SCHEDULE)).toBe('7, 3, 1, 0');
  });
});
