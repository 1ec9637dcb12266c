'use client';

// What happened to the input: saving, saved at hh:mm, not saved (and why). Announced politely.
import { useFormatter, useTranslations } from 'next-intl';
import type { SaveStatus } from '@/components/reports/use-report-draft';

export function SaveStatusText({ status, dirty }: { status: SaveStatus; dirty: boolean }) {
  const t = useTranslations('reports.editor');
  const format = useFormatter();
  let text: string;
  let tone = 'text-slate-600';
  switch (status.kind) {
    case 'saving':
      text = t('saving');
      break;
    case 'conflict':
      text = t('conflict');
      tone = 'text-red-700';
      break;
    case 'offline':
      text = t('offline');
      tone = 'text-amber-800';
      break;
    case 'invalid':
      text = t('invalid');
      tone = 'text-red-700';
      break;
    case 'error':
      text = status.message;
      tone = 'text-red-700';
      break;
    case 'saved':
      text = dirty ? t('unsaved') : t('savedAt', { time: format.dateTime(status.at, { timeStyle: 'short' }) });
      break;
    default:
      text = dirty ? t('unsaved') : t('upToDate');
  }
  return (
    <p role="status" aria-live="polite" className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}
