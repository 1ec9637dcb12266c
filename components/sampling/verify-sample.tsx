'use client';

// "Verify sample": re-derives the sample on the server from its record and roster snapshot and
// shows that it matches, or exactly where it differs.
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { verifySampleAction } from '@/modules/sampling/actions';
import type { VerifySampleResult } from '@/modules/sampling/mutations';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export function VerifySample({ sampleId }: { sampleId: string }) {
  const t = useTranslations('siteVisits.verify');
  const { pending, failure, submit } = useSubmit();
  const [report, setReport] = useState<VerifySampleResult | null>(null);

  return (
    <div className="space-y-2">
      <Button variant="secondary" size="sm" disabled={pending} onClick={async () => setReport(await submit(() => verifySampleAction({ sampleId })))}>
        {pending ? t('working') : t('button')}
      </Button>
      <FormAlert message={failure?.message} />
      {report ? <VerifyReport report={report} /> : null}
    </div>
  );
}

function VerifyReport({ report }: { report: VerifySampleResult }) {
  const t = useTranslations('siteVisits.verify');
  const note = report.rosterIsCurrent || !report.currentRosterHash ? null : <p className="text-slate-600">{t('rosterNotCurrent', { hash: report.currentRosterHash })}</p>;
  if (report.matches) {
    return (
      <div role="status" className="space-y-1 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        <p>{t('matches')}</p>
        {note}
      </div>
    );
  }
  return (
    <div role="alert" className="space-y-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="font-medium">{t('differs')}</p>
      {!report.methodMatches ? <p>{t('methodDiffers', report.method)}</p> : null}
      {!report.rosterHashMatches ? <p className="break-all">{t('rosterHashDiffers', { recorded: report.rosterHash.recorded, recomputed: report.rosterHash.recomputed })}</p> : null}
      {!report.sampleMatches ? <DifferenceList title={t('sampleDiffers')} items={report.differences.map((d) => t(`difference.${d.kind}`, { level: d.level, code: d.code }))} /> : null}
      {!report.visitListMatches ? <DifferenceList title={t('visitListDiffers')} items={report.visitListDifferences.map((d) => t(`listDifference.${d.kind}`, { code: d.code }))} /> : null}
      {note}
    </div>
  );
}

function DifferenceList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <p>{title}</p>
      <ul className="list-disc pl-5 font-mono text-xs">
        {items.map((item, i) => <li key={i}>{item}</li>)}
      </ul>
    </div>
  );
}
