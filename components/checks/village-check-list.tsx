// The villages of a visit and their checks ("eight haves"): the verdict of each checked village with
// the failed items; for the group, a way to check each village not yet checked.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { VisitVillageRow } from '@/modules/checks/village-queries';
import { subjectFormHref } from '@/components/checks/check-draft';
import { VillageVerdictBadge, VillageVerdictDetails } from '@/components/checks/village-verdict';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

type Props = { visitId: string; villages: VisitVillageRow[]; canCheck: boolean; /** In progress: checks may be recorded now. */ started: boolean };

export function VillageCheckList({ visitId, villages, canCheck, started }: Props) {
  const t = useTranslations('villageChecks.list');
  const tVerdict = useTranslations('villageChecks.verdict');
  const format = useFormatter();
  if (villages.length === 0) {
    return canCheck ? <EmptyState title={t('empty')} description={t('emptyDescription')} /> : <EmptyState title={t('noChecks')} description={t('noChecksDescription')} />;
  }
  return (
    <ul className="divide-y divide-slate-200" aria-label={t('title')}>
      {villages.map((v) => (
        <li key={v.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
          <div className="min-w-0 space-y-1">
            <p className="font-medium text-slate-900">{t('where', { town: v.town ?? '-', village: v.name })}</p>
            {v.check ? (
              <>
                <p className="text-sm text-slate-600">
                  {t('checkMeta', {
                    assessor: v.check.assessor,
                    time: v.check.finishedAt ? format.dateTime(v.check.finishedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '-',
                    photos: v.check.photos,
                  })}
                </p>
                <VillageVerdictDetails verdict={v.check.verdict} />
              </>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {v.check ? (
              <>
                <VillageVerdictBadge verdict={v.check.verdict} />
                <Link href={`/checks/${v.check.id}`} className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
                  {t('open')}
                  <span className="sr-only">{t('villageName', { village: v.name })}</span>
                </Link>
              </>
            ) : (
              <>
                <Badge>{tVerdict('notChecked')}</Badge>
                {canCheck && started ? (
                  <Link href={subjectFormHref(visitId, { villageId: v.id })} className={buttonClasses({ size: 'sm' })}>
                    {t('start')}
                    <span className="sr-only">{t('villageName', { village: v.name })}</span>
                  </Link>
                ) : null}
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
