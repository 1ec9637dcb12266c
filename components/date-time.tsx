import { useFormatter } from 'next-intl';

/**
 * A date (and by default its time) in the interface language and the assessment's time zone
 * (ASSESSMENT_TIME_ZONE, which lib/i18n/request.ts gives next-intl).
 */
export function DateTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  const format = useFormatter();
  return (
    <time dateTime={value.toISOString()}>
      {format.dateTime(value, withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' })}
    </time>
  );
}
