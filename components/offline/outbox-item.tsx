'use client';

// One entry of the outbox: what it is, where it stands, and what the user can do about it.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { OutboxEntry } from '@/lib/offline/outbox-core';
import { takeBackEntry } from '@/lib/offline/outbox-runner';
import { subjectFormHref } from '@/components/checks/check-draft';
import { OutboxConflict } from '@/components/offline/outbox-conflict';
import { fieldFindingHref } from '@/components/offline/visit-pages';
import { Button } from '@/components/ui/button';

function openHref(entry: OutboxEntry): string | null {
  if (entry.state === 'sent') return entry.kind === 'check' ? `/checks/${entry.serverId}` : `/findings/${entry.serverId}`;
  if (entry.state !== 'refused') return null;
  if (entry.kind === 'check') return subjectFormHref(entry.visitId, entry.payload);
  return entry.kind === 'finding' ? fieldFindingHref(entry.visitId, { entry: entry.id }) : null;
}

export function OutboxItem({ ownerId, entry, time }: { ownerId: string; entry: OutboxEntry; time: (at: number) => string }) {
  const t = useTranslations('offline.outbox');
  const href = openHref(entry);
  const waitsForOther = entry.kind === 'findingEdit' && entry.payload.after !== null;
  const state =
    entry.state === 'waiting'
      ? waitsForOther
        ? t('state.waitsForFinding')
        : entry.attempts > 0
          ? t('state.retryAt', { time: time(entry.nextAttemptAt) })
          : t('state.waiting')
      : entry.state === 'sent'
        ? t('state.sent', { time: time(entry.sentAt ?? 0) })
        : entry.state === 'refused'
          ? t('state.refused', { message: entry.refusal?.message ?? '' })
          : t('state.conflict');

  function discard() {
    if (window.confirm(t('discardConfirm'))) void takeBackEntry(ownerId, entry.id);
  }

  return (
    <li className="rounded-md border border-slate-200 bg-white p-2 text-slate-900">
      <p className="break-words">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(`kind.${entry.kind}`)}</span>{' '}
        <span className="font-medium">{entry.label}</span>
      </p>
      <p className={entry.state === 'refused' ? 'mt-1 text-red-800' : 'mt-1 text-slate-700'}>{state}</p>
      {href || (entry.state === 'refused' && entry.kind === 'findingEdit') ? (
        <p className="mt-1 flex flex-wrap gap-3">
          {href ? (
            <Link href={href} className="font-medium text-blue-700 underline focus-visible:outline-2 focus-visible:outline-blue-600">
              {entry.state === 'sent' ? t('view') : t('open')}
            </Link>
          ) : null}
          {entry.state === 'refused' && entry.kind === 'findingEdit' ? (
            <Button size="sm" variant="secondary" onClick={discard}>{t('discard')}</Button>
          ) : null}
        </p>
      ) : null}
      {entry.state === 'conflict' && entry.kind === 'findingEdit' && entry.conflict ? <OutboxConflict ownerId={ownerId} entry={entry} /> : null}
    </li>
  );
}
