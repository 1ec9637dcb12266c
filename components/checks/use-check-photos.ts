'use client';

// The photos of the record being filled (a check, a field finding): kept in the device's photo store as soon
// as they are taken (a reload keeps them; the outbox sends them later), previewed from local object URLs that
// are released when no longer shown.
import { useEffect, useRef, useState } from 'react';
import { newSubmissionKey } from '@/components/checks/check-draft';
import { deletePhotos, loadPhotos, savePhoto } from '@/lib/offline/outbox-store';
import type { PhotoPreview } from '@/components/checks/photo-picker';

export function useCheckPhotos(ownerId: string, initialIds: readonly string[]) {
  const [photos, setPhotos] = useState<PhotoPreview[]>([]);
  const initial = useRef(initialIds);
  const urls = useRef(new Set<string>());

  const preview = (id: string, name: string, blob: Blob): PhotoPreview => {
    const url = URL.createObjectURL(blob);
    urls.current.add(url);
    return { id, name, url };
  };

  useEffect(() => {
    let cancelled = false;
    const shown = urls.current;
    void loadPhotos(ownerId, initial.current)
      .then((found) => {
        if (!cancelled) setPhotos(found.map((p) => preview(p.id, p.name, p.blob)));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      for (const url of shown) URL.revokeObjectURL(url);
      shown.clear();
    };
  }, [ownerId]);

  /** Stores the files and shows them; resolves to their ids. */
  async function add(files: readonly File[]): Promise<string[]> {
    const added: PhotoPreview[] = [];
    for (const file of files) {
      const id = newSubmissionKey();
      const name = file.name || `photo-${added.length + 1}.jpg`;
      await savePhoto({ ownerId, id, name, blob: file, takenAt: file.lastModified || Date.now(), uploaded: false });
      added.push(preview(id, name, file));
    }
    setPhotos((current) => [...current, ...added]);
    return added.map((p) => p.id);
  }

  function remove(id: string) {
    const photo = photos.find((p) => p.id === id);
    if (photo) {
      URL.revokeObjectURL(photo.url);
      urls.current.delete(photo.url);
    }
    setPhotos((current) => current.filter((p) => p.id !== id));
    void deletePhotos(ownerId, [id]);
  }

  return { photos, add, remove };
}
