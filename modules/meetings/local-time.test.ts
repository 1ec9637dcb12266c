import { describe, expect, it } from 'vitest';
import { parseLocalDateTime, toLocalDateTimeInput } from '@/modules/meetings/local-time';

describe('meeting times in UTC+8', () => {
  it('reads a datetime-local value as China Standard Time', () => {
    expect(parseLocalDateTime('2019-02-18T09:00')?.toISOString()).toBe('2019-02-18T01:00:00.000Z');
    expect(parseLocalDateTime('2019-01-01T07:30')?.toISOString()).toBe('2018-12-31T23:30:00.000Z');
  });

  it('writes the value back for the form', () => {
    expect(toLocalDateTimeInput(new Date('2019-02-18T01:00:00Z'))).toBe('2019-02-18T09:00');
    expect(toLocalDateTimeInput(new Date('2018-12-31T23:30:00Z'))).toBe('2019-01-01T07:30');
  });

  it('refuses anything that is not a real time', () => {
    for (const bad of ['2019-02-30T09:00', '2019-02-18T24:00', '2019-02-18 09:00', '2019-02-18', '', 'soon']) {
      expect(parseLocalDateTime(bad), bad).toBeNull();
    }
  });
});
