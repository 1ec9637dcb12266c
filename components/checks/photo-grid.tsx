// The photos of a check as previews, each opening the full image; with where and when the camera
// says it was taken (kept as fields; the stored file no longer carries them).
import { useFormatter, useTranslations } from 'next-intl';
import type { CheckDetail } from '@/modules/checks/queries';
import { EmptyState } from '@/components/ui/empty-state';

export function PhotoGrid({ checkId, photos }: { checkId: string; photos: CheckDetail['attachments'] }) {
  const t = useTranslations('checks.summary');
  const format = useFormatter();
  if (photos.length === 0) return <EmptyState title={t('noPhotos')} />;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label={t('photos')}>
      {photos.map((photo, i) => {
        const src = `/api/checks/${checkId}/photos/${photo.id}`;
        return (
          <li key={photo.id} className="min-w-0 overflow-hidden rounded-md border border-slate-200">
            <a href={src} target="_blank" rel="noreferrer">
              {/* eslint-disable-next-line @next/next/no-img-element -- an access-checked route, not a static asset */}
              <img src={src} alt={t('photoAlt', { index: i + 1 })} loading="lazy" className="aspect-square w-full object-cover" />
            </a>
            <p className="truncate px-2 pt-1 text-xs text-slate-700">{photo.fileName}</p>
            <p className="px-2 pb-2 text-xs text-slate-500">
              {photo.takenAt ? format.dateTime(photo.takenAt, { dateStyle: 'short', timeStyle: 'short' }) : t('photoNoTime')}
              {photo.latitude !== null && photo.longitude !== null
                ? ` · ${format.number(photo.latitude, { maximumFractionDigits: 5 })}, ${format.number(photo.longitude, { maximumFractionDigits: 5 })}`
                : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
