import { afterEach, describe, expect, it } from 'vitest';
import {
  formatLocalDateTime,
  localCalendarDate,
  localDateTime,
  localDayBounds,
  parseLocalDateTime,
  toLocalDateInput,
  toLocalDateTimeInput,
} from '@/lib/local-time';

const serverZone = process.env.TZ;
afterEach(() => {
  if (serverZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverZone;
});

describe('local date-time inputs in the assessment zone', () => {
  it('reads a datetime-local value as China Standard Time', () => {
    expect(parseLocalDateTime('2019-02-18T09:00')?.toISOString()).toBe('2019-02-18T01:00:00.000Z');
    expect(parseLocalDateTime('2019-01-01T07:30')?.toISOString()).toBe('2018-12-31T23:30:00.000Z');
    expect(parseLocalDateTime('2019-02-18T09:00:42')?.toISOString()).toBe('2019-02-18T01:00:42.000Z');
  });

  it('writes the value back for the form', () => {
    expect(toLocalDateTimeInput(new Date('2019-02-18T01:00:00Z'))).toBe('2019-02-18T09:00');
    expect(toLocalDateTimeInput(new Date('2018-12-31T23:30:00Z'))).toBe('2019-01-01T07:30');
    expect(toLocalDateInput(new Date('2018-12-31T16:00:00Z'))).toBe('2019-01-01');
    expect(toLocalDateInput(new Date('2018-12-31T15:59:59.999Z'))).toBe('2018-12-31');
  });

  it('round-trips every minute of a day, a year boundary and a leap day', () => {
    for (const day of ['2019-02-18', '2019-12-31', '2020-02-29']) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const value = `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const instant = parseLocalDateTime(value);
        expect(instant, value).not.toBeNull();
        expect(toLocalDateTimeInput(instant!)).toBe(value);
      }
    }
  });

  it('refuses anything that is not a real time', () => {
    for (const bad of ['2019-02-30T09:00', '2019-02-18T24:00', '2019-02-18T09:60', '2019-02-18T09:00:60', '2019-02-18 09:00', '2019-02-18', '', 'soon']) {
      expect(parseLocalDateTime(bad), bad).toBeNull();
    }
    expect(() => localDateTime('2019-02-30T09:00')).toThrow(RangeError);
  });

  it('does not depend on the zone the server runs in', () => {
    process.env.TZ = 'America/New_York';
    expect(parseLocalDateTime('2019-03-10T14:30')?.toISOString()).toBe('2019-03-10T06:30:00.000Z');
    expect(toLocalDateTimeInput(new Date('2019-03-10T06:30:00Z'))).toBe('2019-03-10T14:30');
    expect(localDayBounds('2019-03-10')?.start.toISOString()).toBe('2019-03-09T16:00:00.000Z');
  });

  it('follows the zone history from the time zone database, not a fixed offset (China kept summer time 1986–1991)', () => {
    expect(parseLocalDateTime('1988-07-01T12:00')?.toISOString()).toBe('1988-07-01T03:00:00.000Z');
    expect(toLocalDateTimeInput(new Date('1988-07-01T03:00:00Z'))).toBe('1988-07-01T12:00');
    // Clocks went from 02:00 to 03:00 on 17 April 1988: 02:30 never happened there.
    expect(parseLocalDateTime('1988-04-17T02:30')).toBeNull();
    expect(localDayBounds('1988-04-17')).toEqual({ start: new Date('1988-04-16T16:00:00.000Z'), end: new Date('1988-04-17T14:59:59.999Z') });
  });
});

describe('local calendar days', () => {
  it('spans a day from its first to its last millisecond in China', () => {
    expect(localDayBounds('2019-02-15')).toEqual({ start: new Date('2019-02-14T16:00:00.000Z'), end: new Date('2019-02-15T15:59:59.999Z') });
    expect(localDayBounds('2020-02-29')).toEqual({ start: new Date('2020-02-28T16:00:00.000Z'), end: new Date('2020-02-29T15:59:59.999Z') });
  });

  it('refuses days that do not exist', () => {
    for (const bad of ['2019-02-29', '2019-13-01', '2019-2-1', '2019-02-15T00:00', '']) expect(localDayBounds(bad), bad).toBeNull();
  });

  it('gives the day of an instant as a @db.Date value (UTC midnight)', () => {
    expect(localCalendarDate(new Date('2019-02-28T16:30:00Z')).toISOString()).toBe('2019-03-01T00:00:00.000Z');
    expect(localCalendarDate(new Date('2019-02-28T15:59:00Z')).toISOString()).toBe('2019-02-28T00:00:00.000Z');
  });
});

describe('formatting an instant for people', () => {
  it('shows the wall-clock time in China in either language', () => {
    const instant = new Date('2019-02-18T01:00:00Z');
    expect(formatLocalDateTime(instant, 'en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe('09:00');
    expect(formatLocalDateTime(instant, 'zh-CN', { dateStyle: 'long' })).toBe('2019年2月18日');
  });
});
