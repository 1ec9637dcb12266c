'use client';

// Installs the field app's service worker (service-worker/sw.ts) and keeps the device's offline data
// to the signed-in user: another user's stored pages and prepared visits are removed at once. On every
// page it also keeps the user's outbox going (components/offline/outbox.tsx shows it on the field pages):
// what waits is sent when a page of the app opens, when the network comes back, and every half minute,
// each entry at its own retry time. The sender is loaded only then, so pages carry none of it up front.
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { keepOnlyOwnerData } from '@/lib/offline/device-data';

export const SERVICE_WORKER_URL = '/serwist/sw.js';
const SEND_EVERY_MS = 30_000;

export function FieldAppSetup({ userId }: { userId: string }) {
  const lostPhotos = useTranslations('offline.outbox')('photoLost');

  useEffect(() => {
    void keepOnlyOwnerData(userId);
    if ('serviceWorker' in navigator) navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => undefined);
  }, [userId]);

  useEffect(() => {
    const runner = () => import('@/lib/offline/outbox-runner');
    const drain = () => void runner().then(({ drainOwnerOutbox }) => drainOwnerOutbox(userId, lostPhotos)).catch(() => undefined);
    const online = () => void runner().then(({ retryAllNow }) => retryAllNow(userId, lostPhotos)).catch(() => undefined);
    drain();
    const timer = setInterval(drain, SEND_EVERY_MS);
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [userId, lostPhotos]);
  return null;
}
