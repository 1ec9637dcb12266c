'use client';

// Photos for a check or a field finding: taken with the camera (or picked), shown as previews before they are
// sent. Type (declared and by the first bytes), size and count are checked when picked, for a quick answer;
// the server checks type and size again by content.
import { useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { MAX_FILE_BYTES, MAX_FILE_MB } from '@/lib/upload-limits';
import { MAX_CHECK_PHOTOS } from '@/modules/checks/photo-limit';
import { isPhotoFile } from '@/lib/offline/image-signature';
import { Button } from '@/components/ui/button';

export type PhotoPreview = { id: string; name: string; url: string };


export function PhotoPicker({ photos, errors, onAdd, onRemove }: { photos: PhotoPreview[]; errors: string[]; onAdd: (files: File[]) => void; onRemove: (id: string) => void }) {
  const t = useTranslations('checks.photos');
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const messages = [problem, ...errors].filter(Boolean);
  const id = useId();
  const titleId = `${id}-title`;
  const inputId = `${id}-input`;
  const errorId = `${id}-error`;

  async function pick(files: File[]) {
    if (inputRef.current) inputRef.current.value = '';
    const tooBig = files.find((f) => f.size > MAX_FILE_BYTES);
    const photos = await Promise.all(files.map((f) => isPhotoFile(f).catch(() => false)));
    const notImage = files.find((_f, i) => !photos[i]);
    if (tooBig) return setProblem(t('tooLarge', { name: tooBig.name, max: MAX_FILE_MB }));
    if (notImage) return setProblem(t('notImage', { name: notImage.name }));
    if (photos.length + files.length > MAX_CHECK_PHOTOS) return setProblem(t('tooMany', { max: MAX_CHECK_PHOTOS }));
    setProblem(null);
    if (files.length > 0) onAdd(files);
  }

  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={titleId} className="text-base font-semibold text-slate-900">
        {t('title')}
      </h2>
      <p className="mt-1 text-xs text-slate-500">{t('hint', { max: MAX_CHECK_PHOTOS, size: MAX_FILE_MB })}</p>
      <label htmlFor={inputId} className="mt-3 flex h-12 cursor-pointer items-center justify-center rounded-md border-2 border-dashed border-blue-300 bg-blue-50 text-base font-medium text-blue-800 focus-within:outline-2 focus-within:outline-blue-600">
        {t('take')}
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          multiple
          aria-describedby={messages.length > 0 ? errorId : undefined}
          onChange={(e) => void pick([...(e.target.files ?? [])])}
          className="sr-only"
        />
      </label>
      {messages.length > 0 ? (
        <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">
          {messages.join(' ')}
        </p>
      ) : null}
      {photos.length > 0 ? (
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label={t('previews')}>
          {photos.map((photo, i) => (
            <li key={photo.id} className="overflow-hidden rounded-md border border-slate-200">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL, not an optimisable image */}
              <img src={photo.url} alt={t('previewAlt', { index: i + 1 })} className="aspect-square w-full object-cover" />
              <Button size="sm" variant="ghost" className="w-full rounded-none" onClick={() => onRemove(photo.id)} aria-label={t('removeNamed', { index: i + 1 })}>
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
