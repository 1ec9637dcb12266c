'use client';

// The leader's bulk confirm / issue: one guarded action over the selected findings, which
// reports for each one whether it went through and, if not, why.
import { useId, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { bulkFindingsAction } from '@/modules/findings/actions';
import type { BulkItemResult } from '@/modules/findings/lifecycle-mutations';
import { APPEAL_WINDOW_DAYS } from '@/modules/findings/rules';
import { CONTROL_CLASSES, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Button } from '@/components/ui/button';

type Selected = { id: string; title: string; version: number };

export function BulkBar({ items, onDone, children }: { items: Selected[]; onDone: () => void; children: ReactNode }) {
  const t = useTranslations('findings.bulk');
  const tAll = useTranslations();
  const router = useRouter();
  const windowId = useId();
  const { pending, failure, submit } = useSubmit();
  const [days, setDays] = useState(String(APPEAL_WINDOW_DAYS.default));
  const [report, setReport] = useState<{ summary: string; refused: string[] } | null>(null);

  const reason = (r: Extract<BulkItemResult, { ok: false }>) =>
    tAll.has(r.messageKey as never) ? (tAll as unknown as (k: string, p: object) => string)(r.messageKey, r.params) : r.code;

  async function run(action: 'confirm' | 'issue') {
    setReport(null);
    const data = await submit(() =>
      bulkFindingsAction({ action, appealWindowDays: Number(days), items: items.map(({ id, version }) => ({ id, version })) }),
    );
    if (!data) return;
    const titles = new Map(items.map((item) => [item.id, item.title]));
    setReport({
      summary: t('summary', { applied: data.applied, refused: data.results.length - data.applied }),
      refused: data.results.flatMap((r) => (r.ok ? [] : [t('refusedItem', { title: titles.get(r.id) ?? r.id, reason: reason(r) })])),
    });
    onDone();
    router.refresh();
  }

  return (
    <section aria-label={t('title')} className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <div className="flex flex-wrap items-end gap-3">
        {children}
        <span className="text-sm text-slate-600" aria-live="polite">{t('selected', { count: items.length })}</span>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <Button size="sm" disabled={pending || items.length === 0} onClick={() => void run('confirm')}>
          {pending ? t('working') : t('confirm')}
        </Button>
        <div className="w-32">
          <label htmlFor={windowId} className="block text-xs font-medium text-slate-700">{t('window')}</label>
          <input
            id={windowId}
            type="number"
            min={APPEAL_WINDOW_DAYS.min}
            max={APPEAL_WINDOW_DAYS.max}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            className={CONTROL_CLASSES}
          />
        </div>
        <Button size="sm" variant="secondary" disabled={pending || items.length === 0} onClick={() => void run('issue')}>
          {pending ? t('working') : t('issue')}
        </Button>
      </div>
      <FormAlert message={failure?.message} />
      <FormNotice message={report?.summary} />
      {report && report.refused.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {report.refused.map((line) => <li key={line}>{line}</li>)}
        </ul>
      ) : null}
    </section>
  );
}
