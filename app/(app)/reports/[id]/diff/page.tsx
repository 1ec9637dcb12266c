// The difference between two revisions of a report (default: the latest submission against
// the one before; ?from=N&to=M to choose; to=0 is the working copy, for its officials).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getReportDiff } from '@/modules/reports/diff-queries';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { RevisionDiff } from '@/components/reports/revision-diff';
import { RevisionPicker } from '@/components/reports/revision-picker';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('diff.title') };
}

const toNumber = (raw: string | undefined) => (raw !== undefined && /^\d{1,4}$/.test(raw) ? Number(raw) : undefined);

export default async function ReportDiffPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('report.read');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const diff = await getReportDiff(getDb(), actor, id, { from: toNumber(query.from), to: toNumber(query.to) });
  if (!diff) notFound();
  const t = await getTranslations('reports');
  const revisionName = (n: number) => (n === 0 ? t('facts.workingCopy') : t('revisionLabel', { revision: n }));
  const options = [...diff.report.revisions.map((r) => r.revision), ...(diff.workingAllowed ? [0] : [])];

  return (
    <>
      <Link href={`/reports/${id}`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToReport')}
      </Link>
      <PageHeader eyebrow={diff.report.reportingRegion.name} title={t('diff.heading', { title: diff.report.title })} />
      <Card className="space-y-4">
        {options.length > 1 ? <RevisionPicker options={options.map((n) => ({ value: n, label: revisionName(n) }))} from={diff.from} to={diff.to} /> : null}
        {diff.changes === null ? (
          <EmptyState title={t('diff.nothingToCompare')} />
        ) : (
          <>
            <h2 className="font-semibold text-slate-900">{t('diff.between', { from: revisionName(diff.from), to: revisionName(diff.to) })}</h2>
            <RevisionDiff changes={diff.changes} indicators={diff.indicators} beforeLabel={revisionName(diff.from)} afterLabel={revisionName(diff.to)} />
          </>
        )}
      </Card>
    </>
  );
}
