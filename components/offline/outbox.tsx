'use client';

// The one outbox of this device for the signed-in user: a line that sums it up (outbox-summary.ts), what waits
// (and when it is tried again), what the server refused and why (open it: the draft goes back into its form),
// conflicts with a choice, and what was sent in the last day. Shown on the visit pages, the check and finding
// forms and /offline; each copy keeps the outbox going, one attempt per entry at a time.
import { useId } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { summarizeOutbox } from '@/lib/offline/outbox-summary';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { OutboxItem } from '@/components/offline/outbox-item';
import { useOnline, useOutboxEntries, useOutboxSender } from '@/components/offline/use-outbox';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { OUTBOX_ANCHOR } from '@/components/offline/outbox-anchor';

export function Outbox({ className, anchor = false }: { className?: string; anchor?: boolean }) {
  const t = useTranslations('offline.outbox');
  const format = useFormatter();
  const ownerId = useDraftOwner();
  const titleId = useId();
  const entries = useOutboxEntries(ownerId);
  const online = useOnline();
  const { sending, retryNow } = useOutboxSender(ownerId, entries, t('photoLost'));
  if (!ownerId || entries === null) return null;

  const summary = summarizeOutbox(entries, { online, sending });
  const time = (at: number) => format.dateTime(new Date(at), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const line =
    summary.key === 'scheduled'
      ? t('summary.scheduled', { waiting: summary.waiting, attention: summary.attention, time: time(summary.at) })
      : t(`summary.${summary.key}`, { waiting: 0, attention: 0, sent: 0, ...summary });
  const unsent = entries.filter((e) => e.state !== 'sent');
  const sent = entries.filter((e) => e.state === 'sent').reverse();
  const tone = summary.key === 'allSent' || summary.key === 'empty' ? 'border-slate-200 bg-white text-slate-800' : 'border-amber-300 bg-amber-50 text-amber-950';
  if (summary.key === 'empty') return <p role="status" className="sr-only">{line}</p>;

  return (
    <section id={anchor ? OUTBOX_ANCHOR : undefined} aria-labelledby={titleId} className={cn('scroll-mt-24 space-y-2 rounded-md border p-3 text-sm', tone, className)}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={titleId} className="font-semibold">{t('title')}</h2>
        {summary.key === 'scheduled' || summary.key === 'offline' ? (
          <Button size="sm" variant="secondary" onClick={retryNow} disabled={!online || sending}>
            {t('retry')}
          </Button>
        ) : null}
      </div>
      <p role="status" className="font-medium">{line}</p>
      {unsent.length > 0 ? (
        <ul className="space-y-2" aria-label={t('unsentList')}>
          {unsent.map((entry) => <OutboxItem key={entry.id} ownerId={ownerId} entry={entry} time={time} />)}
        </ul>
      ) : null}
      {sent.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-slate-700 focus-visible:outline-2 focus-visible:outline-blue-600">{t('sentList', { count: sent.length })}</summary>
          <ul className="mt-2 space-y-2">
            {sent.map((entry) => <OutboxItem key={entry.id} ownerId={ownerId} entry={entry} time={time} />)}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
