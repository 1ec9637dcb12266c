'use client';

// Installs the field app's service worker (service-worker/sw.ts) and keeps the device's offline data
// to the signed-in user: another user's stored pages and prepared visits are removed at once.
import { useEffect } from 'react';
import { keepOnlyOwnerData } from '@/lib/offline/device-data';

export const SERVICE_WORKER_URL = '/serwist/sw.js';

export function FieldAppSetup({ userId }: { userId: string }) {
  useEffect(() => {
    void keepOnlyOwnerData(userId);
    if ('serviceWorker' in navigator) navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => undefined);
  }, [userId]);
  return null;
}
