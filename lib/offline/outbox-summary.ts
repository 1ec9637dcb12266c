// The one line that sums up the outbox, so that what it says never contradicts itself: nothing is "all sent"
// while anything waits or needs the user, and "waiting for the network" is only said while the device is offline.
import { nextAttemptAt, type OutboxEntry } from '@/lib/offline/outbox-core';

export type OutboxSummary =
  | { key: 'empty' }
  | { key: 'allSent'; sent: number }
  | { key: 'attention'; attention: number }
  | { key: 'sending'; waiting: number; attention: number }
  | { key: 'offline'; waiting: number; attention: number }
  | { key: 'scheduled'; waiting: number; attention: number; at: number }
  | { key: 'blocked'; waiting: number; attention: number };

export function summarizeOutbox(entries: readonly OutboxEntry[], device: { online: boolean; sending: boolean }): OutboxSummary {
  const waiting = entries.filter((e) => e.state === 'waiting').length;
  const attention = entries.filter((e) => e.state === 'refused' || e.state === 'conflict').length;
  const sent = entries.length - waiting - attention;
  if (waiting === 0 && attention === 0) return sent > 0 ? { key: 'allSent', sent } : { key: 'empty' };
  if (waiting === 0) return { key: 'attention', attention };
  if (!device.online) return { key: 'offline', waiting, attention };
  if (device.sending) return { key: 'sending', waiting, attention };
  const at = nextAttemptAt(entries);
  return at === null ? { key: 'blocked', waiting, attention } : { key: 'scheduled', waiting, attention, at };
}
