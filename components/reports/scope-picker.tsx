'use client';

// The helped scope of a paired-assistance report, picked from the region tree: counties,
// towns and designated poor villages in the regions the helper is paired with.
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { RegionLevel } from '@/lib/generated/prisma/enums';
import { cn } from '@/components/ui/cn';
import type { DraftForm } from '@/components/reports/draft-form';

export type ScopeOption = { id: string; name: string; level: RegionLevel; depth: number };

const INDENT = ['pl-0', 'pl-6', 'pl-12'];

export function ScopePicker({
  options,
  form,
  errors,
  disabled,
  onChange,
}: {
  options: ScopeOption[];
  form: DraftForm;
  errors: FieldErrors;
  disabled?: boolean;
  onChange: (change: (form: DraftForm) => DraftForm) => void;
}) {
  const t = useTranslations();
  const selected = new Set(form.scope);
  const messages = errors.scope ?? [];
  const toggle = (id: string, on: boolean) =>
    onChange((f) => ({ ...f, scope: on ? [...new Set([...f.scope, id])] : f.scope.filter((s) => s !== id) }));

  return (
    <fieldset disabled={disabled} aria-describedby={messages.length > 0 ? 'scope-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t('reports.details.helpedScope')}</legend>
      <p className="text-xs text-slate-500">{t('reports.details.scopeHint', { count: selected.size })}</p>
      {options.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t('reports.details.noScopeOptions')}</p>
      ) : (
        <ul className="mt-2 max-h-80 overflow-y-auto rounded-md border border-slate-200 p-2">
          {options.map((o) => (
            <li key={o.id} className={cn('py-0.5', INDENT[Math.min(o.depth, INDENT.length - 1)])}>
              <label className="inline-flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={selected.has(o.id)}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                {o.name}
                <span className="text-xs text-slate-500">{t(`regionLevel.${o.level}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {messages.length > 0 ? (
        <p id="scope-error" className="mt-1 text-sm text-red-700">
          {messages.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
