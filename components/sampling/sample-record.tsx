// One recorded sample: seed, method, rules, roster snapshot and hash, result and shortfalls,
// with "verify sample" for those who may see it.
import type { ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { SampleResult } from '@/modules/sampling/rules';
import { rulesOf } from '@/modules/sampling/schema';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/date-time';
import { RulesSummary } from '@/components/sampling/rules-summary';
import { StrataTable } from '@/components/sampling/strata-table';
import { VerifySample } from '@/components/sampling/verify-sample';

export type SampleRecordData = {
  id: string;
  seed: string;
  method: string;
  rules: unknown;
  rosterHash: string;
  result: unknown;
  createdAt: Date;
  createdBy: { displayName: string };
  rosterImport: { fileName: string; createdAt: Date; rowCount: number };
};

export function SampleRecord({ sample, latest }: { sample: SampleRecordData; latest: boolean }) {
  const t = useTranslations('siteVisits.sample');
  const shortfall = useTranslations('siteVisits.sample.shortfall');
  const stratum = useTranslations('siteVisits.strata');
  const format = useFormatter();
  const result = sample.result as SampleResult;
  return (
    <article aria-label={`${t('seedRecord')} ${sample.seed}`} className="space-y-3 rounded-md border border-slate-200 p-3">
      {latest ? <Badge tone="blue">{t('latest')}</Badge> : null}
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
        <Item label={t('seedRecord')}><span className="font-mono break-all" data-testid="sample-seed">{sample.seed}</span></Item>
        <Item label={t('method')}><span className="font-mono">{sample.method}</span></Item>
        <Item label={t('roster')}>
          {t('rosterSnapshot', { file: sample.rosterImport.fileName, rows: sample.rosterImport.rowCount, date: format.dateTime(sample.rosterImport.createdAt, { dateStyle: 'medium' }) })}
        </Item>
        <Item label={t('hash')}><span className="font-mono text-xs break-all">{sample.rosterHash}</span></Item>
        <Item label={t('drawnBy')}>{sample.createdBy.displayName}</Item>
        <Item label={t('drawnAt')}><DateTime value={sample.createdAt} /></Item>
        <Item label={t('result')}>
          {t('resultSummary', { towns: result.towns.length, villages: result.villages.length, households: result.households.length, added: result.addedForDisability.length })}
        </Item>
      </dl>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">{t('rules')}</summary>
        <div className="mt-2"><RulesSummary rules={rulesOf(sample.rules)} /></div>
      </details>
      {result.strata && result.strata.length > 0 ? <StrataTable strata={result.strata} /> : null}
      <div className="text-sm">
        <p className="font-medium text-slate-800">{t('shortfalls')}</p>
        {result.shortfalls.length === 0 ? (
          <p className="text-slate-600">{t('noShortfalls')}</p>
        ) : (
          <ul className="list-disc pl-5 text-amber-800">
            {result.shortfalls.map((s, i) => <li key={i}>{shortfall(s.level, { scope: s.scope, needed: s.needed, available: s.available, stratum: s.stratum ? stratum(s.stratum) : '' })}</li>)}
          </ul>
        )}
      </div>
      <VerifySample sampleId={sample.id} />
    </article>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
