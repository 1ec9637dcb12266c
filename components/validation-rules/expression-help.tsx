// How rule expressions are written, and the indicator codes of the campaign to write them with.
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { unitName } from '@/components/reports/indicator-name';

export async function ExpressionHelp({ indicators }: { indicators: { code: string; name: string; unit: string }[] }) {
  const [t, tReports] = await Promise.all([getTranslations('rules.help'), getTranslations('reports')]);
  return (
    <Card>
      <h2 className="mb-2 font-semibold text-slate-900">{t('title')}</h2>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{t('terms')}</li>
        <li>{t('periods')}</li>
        <li>{t('arithmetic')}</li>
        <li>{t('tolerance')}</li>
      </ul>
      {indicators.length > 0 ? (
        <>
          <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-900">{t('indicators')}</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {indicators.map((i) => (
              <div key={i.code} className="contents">
                <dt className="font-mono text-slate-900">{i.code}</dt>
                <dd className="text-slate-700">
                  {i.name}
                  {tReports('figures.unit', { unit: unitName(tReports, i.unit) })}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </Card>
  );
}
