'use client';

// The signed-in user's queue of unsent checks as React state, and the connection state of the device.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { QueuedCheck } from '@/lib/offline/field-db';
import { readQueue, subscribeToQueue } from '@/lib/offline/check-queue-store';

export function useCheckQueue(ownerId: string | null): QueuedCheck[] {
  const [entries, setEntries] = useState<QueuedCheck[]>([]);
  useEffect(() => {
    if (!ownerId) return;
    let current = true;
    // Reads can finish out of order: only the latest one is shown.
    let latest = 0;
    const load = () => {
      const read = ++latest;
      readQueue(ownerId)
        .then((next) => {
          if (current && read === latest) setEntries(next);
        })
        .catch(() => undefined);
    };
    load();
    const unsubscribe = subscribeToQueue(load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [ownerId]);
  return entries;
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
