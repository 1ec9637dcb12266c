// Rule warnings on a report's figures (the campaign's validation rules that failed or could not
// be checked). They do not block a submission; they are stored with it for the reviewers.
import { useTranslations } from 'next-intl';
import type { RuleWarning } from '@/modules/reports/warnings';
import { ruleWarningText } from '@/modules/validation-rules/warning-text';

export function ReportWarnings({ warnings, emptyText }: { warnings: RuleWarning[]; emptyText?: string }) {
  const t = useTranslations('reports');
  const tRules = useTranslations('rules');
  if (warnings.length === 0) return emptyText ? <p className="text-sm text-emerald-800">{emptyText}</p> : null;
  return (
    <ul className="space-y-2" aria-label={t('warnings.title')}>
      {warnings.map((w) => (
        <li key={w.code} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">
            <span className="font-mono">{w.code}</span> {w.description}
          </span>
          <span className="block">{ruleWarningText(w, tRules)}</span>
        </li>
      ))}
    </ul>
  );
}
