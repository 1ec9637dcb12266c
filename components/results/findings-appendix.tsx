// Village checks, findings by severity and state with rectification progress, and the appendix (each sample's
// seed, rules and roster hash, the method versions and the head of the audit chain).
import { getTranslations } from 'next-intl/server';
import type { FindingSeverity, FindingStatus } from '@/lib/generated/prisma/enums';
import type { FindingSummary, ResultsSnapshot, SampleAppendix, VillageSummary } from '@/modules/results/snapshot';
import { EmptyState } from '@/components/ui/empty-state';
import { DataTable, cell } from '@/components/results/table';

export async function VillagesList({ villages }: { villages: VillageSummary }) {
  const t = await getTranslations('resultsWorkflow');
  return (
    <div className="space-y-2">
      {villages.reportedVillagesLiftedOut !== null ? <p className="text-sm">{t('villages.reported', { value: villages.reportedVillagesLiftedOut })}</p> : null}
      {villages.checked === 0 ? (
        <EmptyState title={t('empty.noVillages')} />
      ) : (
        <>
          <p className="text-sm">{t('villages.summary', { checked: villages.checked, meeting: villages.meeting })}</p>
          <DataTable caption={t('villages.heading')} head={[t('villages.village'), t('villages.county'), t('villages.verdict')]}>
            {villages.villages.map((v) => (
              <tr key={v.checkId}>
                <th scope="row" className={`${cell} font-normal`}>{v.villageName}</th>
                <td className={cell}>{v.countyName}</td>
                <td className={`${cell} whitespace-normal`}>{v.meetsExitConditions ? t('villages.meets') : t('villages.fails', { items: v.failedItemCodes.join('、') })}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </div>
  );
}

export async function FindingsSummaryView({ findings }: { findings: FindingSummary }) {
  const t = await getTranslations();
  const counts = (entries: [string, number][], label: (k: string) => string) => (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {entries.map(([k, n]) => (
        <li key={k}>
          {label(k)}：<span className="font-medium">{n}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium text-slate-700">{t('resultsWorkflow.findings.bySeverity')}</h3>
      {counts(Object.entries(findings.bySeverity), (k) => t(`findings.severity.${k as FindingSeverity}`))}
      <h3 className="text-sm font-medium text-slate-700">{t('resultsWorkflow.findings.byStatus')}</h3>
      {counts(Object.entries(findings.byStatus).filter(([, n]) => n > 0), (k) => t(`findings.status.${k as FindingStatus}`))}
      <p className="text-sm">{t('resultsWorkflow.findings.rectification', findings.rectification)}</p>
    </div>
  );
}

export async function Appendix({ snapshot }: { snapshot: Pick<ResultsSnapshot, 'samples' | 'auditHead' | 'methodVersions'> }) {
  const t = await getTranslations('resultsWorkflow');
  const samples: SampleAppendix[] = snapshot.samples;
  return (
    <div className="space-y-3">
      {samples.length === 0 ? (
        <EmptyState title={t('empty.noSamples')} />
      ) : (
        <DataTable caption={t('appendix.heading')} head={[t('appendix.county'), t('appendix.seed'), t('appendix.method'), t('appendix.rosterHash'), t('appendix.createdAt'), t('appendix.rules')]}>
          {samples.map((s) => (
            <tr key={s.sampleId}>
              <th scope="row" className={`${cell} font-normal`}>{s.countyName}</th>
              <td className={`${cell} font-mono text-xs`}>{s.seed}</td>
              <td className={cell}>{s.method}</td>
              <td className={`${cell} font-mono text-xs`}>{s.rosterHash.slice(0, 16)}…</td>
              <td className={cell}>{s.createdAt.slice(0, 10)}</td>
              <td className={cell}>
                <details>
                  <summary className="cursor-pointer text-blue-700">{t('appendix.rules')}</summary>
                  <pre className="max-w-xs overflow-x-auto text-xs">{JSON.stringify(s.rules, null, 1)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="break-all text-xs text-slate-600">
        {snapshot.auditHead ? t('appendix.auditHead', { id: snapshot.auditHead.id, hash: snapshot.auditHead.hash }) : t('appendix.noAudit')}
      </p>
      <p className="text-xs text-slate-600">{t('appendix.versions', snapshot.methodVersions)}</p>
    </div>
  );
}
