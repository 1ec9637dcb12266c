// Stored files of a finding: photos as previews (served inline by an access-checked route),
// documents as download links. Where and when a photo was taken is shown to the group only.
import type { ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { FindingAttachment } from '@/modules/findings/queries';
import { EmptyState } from '@/components/ui/empty-state';

const isImage = (mimeType: string) => mimeType.startsWith('image/');

export function AttachmentGallery({ findingId, items, showLocation, empty, renderAction }: {
  findingId: string;
  items: FindingAttachment[];
  showLocation: boolean;
  empty?: string;
  renderAction?: (item: FindingAttachment) => ReactNode;
}) {
  const t = useTranslations('findings.evidence');
  const format = useFormatter();
  if (items.length === 0) return empty ? <EmptyState title={empty} /> : null;
  const href = (id: string) => `/api/findings/${findingId}/attachments/${id}`;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {items.map((a) => (
        <li key={a.id} className="min-w-0 rounded-md border border-slate-200 p-2 text-sm">
          {isImage(a.mimeType) ? (
            <a href={href(a.id)} target="_blank" rel="noreferrer" className="block">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own access-checked route, not optimisable */}
              <img src={href(a.id)} alt={t('preview', { name: a.fileName })} loading="lazy" className="h-40 w-full rounded bg-slate-100 object-contain" />
            </a>
          ) : null}
          <a href={href(a.id)} className="mt-1 block font-medium break-all text-blue-700 hover:underline">{a.fileName}</a>
          <p className="text-slate-500">
            {t('meta', { size: format.number(a.sizeBytes / 1024, { maximumFractionDigits: 0 }), name: a.uploadedBy.displayName, date: format.dateTime(a.createdAt, { dateStyle: 'medium' }) })}
          </p>
          {showLocation && a.takenAt ? <p className="text-slate-500">{t('taken', { date: format.dateTime(a.takenAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p> : null}
          {showLocation && a.latitude !== null && a.longitude !== null ? (
            <p className="text-slate-500">{t('location', { lat: a.latitude.toFixed(5), lng: a.longitude.toFixed(5) })}</p>
          ) : null}
          {renderAction ? <div className="mt-1">{renderAction(a)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
