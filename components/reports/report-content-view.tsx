// One revision of a report, read only: figures, (paired assistance) scope and details,
// narrative, and the rule warnings stored with the submission.
import { useTranslations } from 'next-intl';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import type { ReportContent } from '@/modules/reports/content';
import type { ReportIndicator } from '@/modules/reports/queries';
import { Card } from '@/components/ui/card';
import { CountyFiguresView } from '@/components/reports/county-figures-view';
import { PairedDetailsView } from '@/components/reports/paired-details-view';
import { ReportFigures } from '@/components/reports/report-figures';
import { ReportNarrative } from '@/components/reports/report-narrative';
import { ReportWarnings } from '@/components/reports/report-warnings';

export function ReportContentView({
  kind,
  indicators,
  content,
  scope,
  commentCounts,
}: {
  kind: WorkReportKind;
  indicators: ReportIndicator[];
  content: ReportContent;
  scope: { id: string; name: string }[];
  commentCounts?: Record<string, number>;
}) {
  const t = useTranslations('reports');
  return (
    <div className="space-y-6">
      {content.warnings.length > 0 ? (
        <Card>
          <h2 className="mb-1 font-semibold text-slate-900">{t('warnings.storedTitle')}</h2>
          <p className="mb-3 text-sm text-slate-600">{t('warnings.storedHint')}</p>
          <ReportWarnings warnings={content.warnings} />
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('figures.title')}</h2>
        <ReportFigures indicators={indicators} values={content.values} commentCounts={commentCounts} />
      </Card>
      {kind === 'PAIRED_ASSISTANCE' ? (
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('details.title')}</h2>
          <PairedDetailsView details={content.details} scope={scope} />
          <h3 className="mt-4 mb-1 font-medium text-slate-800">{t('county.givenTitle')}</h3>
          <CountyFiguresView rows={content.countyFigures} direction="given" />
        </Card>
      ) : content.countyFigures.length > 0 ? (
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('county.receivedTitle')}</h2>
          <CountyFiguresView rows={content.countyFigures} direction="received" />
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('narrativeTitle')}</h2>
        <ReportNarrative kind={kind} narrative={content.narrative} commentCounts={commentCounts} />
      </Card>
    </div>
  );
}
