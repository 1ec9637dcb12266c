'use client';

// The signed-in user's outbox as React state, the device's connection, and the sending: at once, when the
// network comes back (waits start again from the shortest), and when the next waiting entry's time comes.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { nextAttemptAt, type OutboxEntry } from '@/lib/offline/outbox-core';
import { drainOwnerOutbox, retryAllNow } from '@/lib/offline/outbox-runner';
import { readOutbox, subscribeToOutbox } from '@/lib/offline/outbox-store';

export function useOutboxEntries(ownerId: string | null): OutboxEntry[] | null {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  useEffect(() => {
    if (!ownerId) return;
    let current = true;
    // Reads can finish out of order: only the latest one is shown.
    let latest = 0;
    const load = () => {
      const read = ++latest;
      readOutbox(ownerId)
        .then((next) => current && read === latest && setEntries(next))
        .catch(() => current && setEntries([]));
    };
    load();
    const unsubscribe = subscribeToOutbox(load);
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

/** Keeps the outbox going while the component is shown; `retryNow` is the user's "retry now". */
export function useOutboxSender(ownerId: string | null, entries: OutboxEntry[] | null, lostPhotos: string) {
  const [sending, setSending] = useState(false);
  const run = useCallback(
    (work: (owner: string, lost: string) => Promise<void>) => {
      if (!ownerId) return;
      setSending(true);
      void work(ownerId, lostPhotos)
        .catch(() => undefined)
        .finally(() => setSending(false));
    },
    [ownerId, lostPhotos],
  );
  const retryNow = useCallback(() => run(retryAllNow), [run]);

  useEffect(() => {
    window.addEventListener('online', retryNow);
    return () => window.removeEventListener('online', retryNow);
  }, [retryNow]);

  const wakeAt = entries ? nextAttemptAt(entries) : null;
  useEffect(() => {
    if (wakeAt === null) return;
    const timer = setTimeout(() => run(drainOwnerOutbox), Math.max(0, wakeAt - Date.now()));
    return () => clearTimeout(timer);
  }, [wakeAt, run]);

  return { sending, retryNow };
}
