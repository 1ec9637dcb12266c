// The "ready offline" line of a prepared visit: how many households, and as of when. The time alone
// on the day it was prepared ("08:12"); with the date on a later day, so old data does not look fresh.
import { formatLocalDateTime, toLocalDateInput } from '@/lib/local-time';

export function preparedAtLabel(preparedAt: Date, now: Date, locale: string): string {
  const sameDay = toLocalDateInput(preparedAt) === toLocalDateInput(now);
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return formatLocalDateTime(preparedAt, locale, sameDay ? time : { ...time, month: 'numeric', day: 'numeric' });
}
