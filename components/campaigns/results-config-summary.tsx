// A closed campaign's results parameters, read-only.
import { getTranslations } from 'next-intl/server';
import { RESULTS_CONFIG_FIELDS, type ResultsConfigField } from '@/modules/campaigns/results-config-fields';

export async function ResultsConfigSummary({ values }: { values: Record<ResultsConfigField, string> }) {
  const t = await getTranslations('campaigns.resultsConfig');
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-2">
      {RESULTS_CONFIG_FIELDS.map((f) => (
        <div key={f}>
          <dt className="text-slate-500">{t(f)}</dt>
          <dd className="text-slate-900 tabular-nums">{values[f] || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
