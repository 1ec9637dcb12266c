// "Try it": every rule of the campaign checked against the figures of one chosen report,
// worded in the interface language. A plain GET form, so it works without JavaScript.
import { getTranslations } from 'next-intl/server';
import type { RuleRow } from '@/modules/validation-rules/queries';
import { evaluateValidationRules } from '@/modules/validation-rules/rules';
import { ruleWarningText } from '@/modules/validation-rules/warning-text';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';

type PreviewReport = { id: string; title: string; revision: number; reportingRegion: { name: string } };

type Props = {
  campaignId: string;
  rules: RuleRow[];
  reports: PreviewReport[];
  selected: { report: PreviewReport; figures: Map<string, number> } | null;
};

export async function RulePreview({ campaignId, rules, reports, selected }: Props) {
  const t = await getTranslations('rules');
  const warnings = selected ? evaluateValidationRules(rules, selected.figures) : [];

  return (
    <Card>
      <h2 className="mb-1 font-semibold text-slate-900">{t('preview.title')}</h2>
      <p className="mb-3 text-sm text-slate-600">{t('preview.description')}</p>
      {reports.length === 0 ? (
        <p className="text-sm text-slate-600">{t('preview.noReports')}</p>
      ) : (
        <form method="get" action={`/campaigns/${campaignId}/rules`} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1">
            <label htmlFor="preview-report" className="block text-sm font-medium text-slate-800">
              {t('preview.report')}
            </label>
            <select id="preview-report" name="report" required defaultValue={selected?.report.id ?? ''} className={CONTROL_CLASSES}>
              <option value="" disabled>{t('preview.choose')}</option>
              {reports.map((r) => (
                <option key={r.id} value={r.id}>
                  {t('preview.figuresOf', { title: r.title, region: r.reportingRegion.name, revision: String(r.revision) })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses({ variant: 'secondary' })}>
            {t('preview.run')}
          </button>
        </form>
      )}
      {selected ? (
        <div className="mt-4" aria-live="polite">
          <p className="mb-2 text-sm font-medium text-slate-900">
            {rules.length === 0
              ? t('preview.noRules')
              : warnings.length === 0
                ? t('preview.allPass', { count: rules.length })
                : t('preview.warnings', { count: warnings.length })}
          </p>
          {warnings.length > 0 ? (
            <ul className="space-y-2">
              {warnings.map((w) => (
                <li key={w.code} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
                  <Badge tone="amber" className="mr-2 font-mono">{w.code}</Badge>
                  <span className="text-slate-900">{w.description}</span>
                  <span className="block text-amber-900">{ruleWarningText(w, t)}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
