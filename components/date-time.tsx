import { useFormatter } from 'next-intl';

/** A date (and by default its time) in the interface language and the assessment's time zone (lib/local-time.ts, set for every page in lib/i18n/request.ts). */
export function DateTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  const format = useFormatter();
  return (
    <time dateTime={value.toISOString()}>
      {format.dateTime(value, withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' })}
    </time>
  );
}
