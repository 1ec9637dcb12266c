'use client';

// The queue of unsent checks as React state, and the connection state of the device.
import { useMemo, useSyncExternalStore } from 'react';
import { parseQueue, readQueueRaw, subscribeToQueue } from '@/components/checks/check-queue';

export function useCheckQueue() {
  const raw = useSyncExternalStore(subscribeToQueue, readQueueRaw, () => '[]');
  return useMemo(() => parseQueue(raw), [raw]);
}

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine, () => true);
}
