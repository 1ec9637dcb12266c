// The proof of a field visit as the leader reads it: where the device said it was (and how sure),
// its clock against the server's, how long it took, the photos' fingerprints from the device, and the
// flags in words. What the device reports can be false; the flags make that visible, not impossible.
import { useFormatter, useTranslations } from 'next-intl';
import { Detail } from '@/components/assessment/detail';
import type { ProofFlags } from '@/modules/field-proof/rules';

export type ProofOfVisitProps = {
  position: { latitude: number; longitude: number; accuracy: number | null } | null;
  /** The device's own times of the record (opened/submitted, or saved). */
  deviceTimes: { label: string; at: Date | null }[];
  deviceSentAt: Date | null;
  receivedAt: Date | null;
  duration?: string | null;
  photos: { id: string; fileName: string; deviceSha256: string | null }[];
  flags: ProofFlags;
  /** Whether the village has a recorded position to judge the distance against. */
  villagePositioned: boolean;
};

const SHORT_HASH = 12;

export function ProofOfVisit({ position, deviceTimes, deviceSentAt, receivedAt, duration, photos, flags, villagePositioned }: ProofOfVisitProps) {
  const t = useTranslations('checks.proof');
  const format = useFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'medium' }) : t('unknown'));
  const coordinate = (n: number) => format.number(n, { maximumFractionDigits: 5, minimumFractionDigits: 5 });
  const hashed = photos.filter((p) => p.deviceSha256 !== null);
  const skew = flags.clockSkew;
  const far = flags.farFromVillage;
  const notes = [
    far ? { tone: 'text-red-700', text: t('far', { distance: format.number(far.distanceMetres), limit: format.number(far.limitMetres) }) } : null,
    skew ? { tone: 'text-red-700', text: t(skew.seconds > 0 ? 'clockBehind' : 'clockAhead', { minutes: Math.round(Math.abs(skew.seconds) / 60) }) } : null,
    !far && position && villagePositioned ? { tone: 'text-slate-600', text: t('near') } : null,
    position && !villagePositioned ? { tone: 'text-slate-600', text: t('villageUnpositioned') } : null,
    !skew && deviceSentAt ? { tone: 'text-slate-600', text: t('clockAgrees') } : null,
  ].filter((n) => n !== null);

  return (
    <div className="space-y-3 text-sm">
      <ul className="space-y-1" aria-label={t('flags')}>
        {notes.map((n) => (
          <li key={n.text} className={n.tone}>
            {n.text}
          </li>
        ))}
      </ul>
      <dl className="grid gap-3 sm:grid-cols-2">
        <Detail label={t('position')}>
          {position
            ? t('positionValue', { latitude: coordinate(position.latitude), longitude: coordinate(position.longitude), accuracy: position.accuracy === null ? '-' : format.number(Math.round(position.accuracy)) })
            : t('noPosition')}
        </Detail>
        {deviceTimes.map((d) => (
          <Detail key={d.label} label={d.label}>
            {when(d.at)}
          </Detail>
        ))}
        <Detail label={t('deviceSent')}>{when(deviceSentAt)}</Detail>
        <Detail label={t('received')}>{when(receivedAt)}</Detail>
        {duration !== undefined ? <Detail label={t('duration')}>{duration ?? t('unknown')}</Detail> : null}
        <Detail label={t('photoHashes')}>
          {hashed.length === 0 ? (
            t('noHashes')
          ) : (
            <ul className="space-y-0.5 font-mono text-xs">
              {hashed.map((p) => (
                <li key={p.id} title={p.deviceSha256!}>
                  <span className="font-sans">{p.fileName}</span> {p.deviceSha256!.slice(0, SHORT_HASH)}…
                </li>
              ))}
            </ul>
          )}
        </Detail>
      </dl>
      <p className="text-xs text-slate-500">{t('limits')}</p>
    </div>
  );
}
