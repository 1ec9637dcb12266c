'use client';

// The fields that someone else saved while this user changed them too: both values side by side
// (stacked on a phone) and a choice for each. Until the user chooses, the saved value stays in
// the form and saving waits.
import { useTranslations } from 'next-intl';
import type { ConflictChoice } from '@/lib/merge/draft';
import { pathKey, type FieldPath, type MergeConflict, type MergeValue } from '@/lib/merge/three-way';
import { Button } from '@/components/ui/button';

export function ConflictChoices({
  conflicts,
  labelOf,
  formatValue = (_path, value) => (value === null || value === undefined || value === '' ? null : String(value)),
  onChoose,
}: {
  conflicts: MergeConflict[];
  labelOf: (path: FieldPath) => string;
  /** The value as the user reads it; null shows "empty". */
  formatValue?: (path: FieldPath, value: MergeValue) => string | null;
  onChoose: (conflict: MergeConflict, choice: ConflictChoice) => void;
}) {
  const t = useTranslations('drafts');
  if (conflicts.length === 0) return null;
  const shown = (conflict: MergeConflict, value: MergeValue) => formatValue(conflict.path, value) ?? t('empty');
  return (
    <section aria-labelledby="conflict-choices-title" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h2 id="conflict-choices-title" className="font-semibold">{t('bothChanged', { count: conflicts.length })}</h2>
      <p>{t('bothChangedHint')}</p>
      <ul className="space-y-3">
        {conflicts.map((conflict) => {
          const id = `conflict-${pathKey(conflict.path).replace(/[^A-Za-z0-9_-]/g, '_')}`;
          return (
            <li key={pathKey(conflict.path)} role="group" aria-labelledby={id} className="rounded-md border border-amber-200 bg-white p-3">
              <p id={id} className="font-medium text-slate-900">{labelOf(conflict.path)}</p>
              <dl className="mt-2 grid gap-2 sm:grid-cols-2">
                <div className="min-w-0">
                  <dt className="text-xs text-slate-600">{t('theirs')}</dt>
                  <dd className="break-words whitespace-pre-wrap text-slate-900">{shown(conflict, conflict.theirs)}</dd>
                </div>
                <div className="min-w-0">
                  <dt className="text-xs text-slate-600">{t('mine')}</dt>
                  <dd className="break-words whitespace-pre-wrap text-slate-900">{shown(conflict, conflict.mine)}</dd>
                </div>
              </dl>
              <div className="mt-2 flex flex-wrap gap-2">
                <Button size="sm" onClick={() => onChoose(conflict, 'mine')}>{t('keepMine')}</Button>
                <Button size="sm" variant="secondary" onClick={() => onChoose(conflict, 'theirs')}>{t('keepTheirs')}</Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
