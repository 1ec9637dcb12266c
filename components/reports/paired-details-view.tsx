// The paired-assistance details of one revision, read only, grouped as in the form.
import { useFormatter, useTranslations } from 'next-intl';
import { PAIRED_DETAIL_GROUPS, type DetailFieldKey, type DetailUnit } from '@/modules/reports/details';

export function PairedDetailsView({ details, scope }: { details: Record<string, string>; scope: { id: string; name: string }[] }) {
  const t = useTranslations('reports');
  const format = useFormatter();
  const show = (key: DetailFieldKey, unit: DetailUnit) => {
    const value = details[key];
    if (value === undefined) return <span className="text-slate-500">—</span>;
    // A year is not a quantity: no thousands separator.
    return t(`details.unit.${unit}`, { value: key === 'sinceYear' ? value : format.number(Number(value), { maximumFractionDigits: 4 }) });
  };
  return (
    <div className="space-y-4">
      <div>
        <h3 className="font-medium text-slate-800">{t('details.helpedScope')}</h3>
        {scope.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">{t('notFilled')}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-1.5 text-sm">
            {scope.map((r) => (
              <li key={r.id} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">
                {r.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      {PAIRED_DETAIL_GROUPS.map((group) => (
        <div key={group.key}>
          <h3 className="font-medium text-slate-800">{t(`details.group.${group.key}`)}</h3>
          <dl className="mt-1 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {group.fields.map((field) => (
              <div key={field.key} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                <dt className="text-slate-600">{t(`details.field.${field.key}`)}</dt>
                <dd className="text-right tabular-nums text-slate-900">{show(field.key, field.unit)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
