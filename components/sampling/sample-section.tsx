// The visit's sampling: the draw form (leader, while planned) and the sample records, newest first.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { DrawSampleForm } from '@/components/sampling/draw-sample-form';
import { SampleRecord, type SampleRecordData } from '@/components/sampling/sample-record';

type Props = {
  className?: string;
  draw: { siteVisitId: string; version: number; hasRoster: boolean } | null;
  rosterHref: string;
  samples: SampleRecordData[];
};

export function SampleSection({ className, draw, rosterHref, samples }: Props) {
  const t = useTranslations('siteVisits.sample');
  return (
    <Card className={className}>
      <h2 className="font-semibold text-slate-900">{t('title')}</h2>
      <p className="mb-3 text-sm text-slate-600">{t('description')}</p>
      {draw && draw.hasRoster ? <DrawSampleForm siteVisitId={draw.siteVisitId} version={draw.version} hasSample={samples.length > 0} /> : null}
      {draw && !draw.hasRoster ? (
        <p className="text-sm text-amber-800">
          {t('noRoster')} <Link href={rosterHref} className="text-blue-700 hover:underline">{t('importRoster')}</Link>
        </p>
      ) : null}
      <h3 className="mt-5 mb-2 font-medium text-slate-900">{t('records')}</h3>
      {samples.length === 0 ? <p className="text-sm text-slate-500">{t('recordsEmpty')}</p> : null}
      <div className="space-y-3">
        {samples.map((sample, i) => <SampleRecord key={sample.id} sample={sample} latest={i === 0} />)}
      </div>
    </Card>
  );
}
