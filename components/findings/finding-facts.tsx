// The facts of a finding: where, what it concerns, how severe, who recorded it, and the dates of
// its lifecycle so far.
import { useFormatter, useTranslations } from 'next-intl';
import type { FindingDetail } from '@/modules/findings/queries';
import { Detail } from '@/components/assessment/detail';
import { FindingStatusBadge, SeverityBadge } from '@/components/findings/finding-badges';

export function FindingFacts({ finding: f }: { finding: FindingDetail }) {
  const t = useTranslations('findings');
  const format = useFormatter();
  const at = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <dl className="space-y-3 text-sm">
      <Detail label={t('detail.status')}><FindingStatusBadge status={f.status} /></Detail>
      <Detail label={t('detail.severity')}><SeverityBadge severity={f.severity} /></Detail>
      <Detail label={t('detail.region')}>{f.regionTrail.join(' › ')}</Detail>
      <Detail label={t('detail.category')}>{t(`category.${f.category}`)}</Detail>
      {f.indicator ? <Detail label={t('detail.indicator')}>{`${f.indicator.code} ${f.indicator.name}`}</Detail> : null}
      {f.siteVisit ? (
        <Detail label={t('detail.siteVisit')}>
          {t('detail.siteVisitValue', { date: format.dateTime(f.siteVisit.visitDate, { dateStyle: 'medium' }), region: f.siteVisit.region.name })}
        </Detail>
      ) : null}
      {f.check?.household ? <Detail label={t('detail.household')}>{f.check.household.code}</Detail> : null}
      <Detail label={t('detail.recordedBy')}>{f.createdBy.title ? t('detail.personWithTitle', { name: f.createdBy.displayName, title: f.createdBy.title }) : f.createdBy.displayName}</Detail>
      <Detail label={t('detail.recordedAt')}>{at(f.createdAt)}</Detail>
      {f.issuedAt ? <Detail label={t('detail.issuedAt')}>{at(f.issuedAt)}</Detail> : null}
      {f.appealDeadline ? <Detail label={t('detail.appealDeadline')}>{at(f.appealDeadline)}</Detail> : null}
      {f.closedAt ? <Detail label={t('detail.closedAt')}>{at(f.closedAt)}</Detail> : null}
      {f.closingNote ? <Detail label={t('detail.closingNote')}><span className="whitespace-pre-wrap break-words">{f.closingNote}</span></Detail> : null}
    </dl>
  );
}
