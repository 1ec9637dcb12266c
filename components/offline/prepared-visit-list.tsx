'use client';

// The site visits prepared for offline on this device by the signed-in user, newest preparation first.
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { PreparedVisit } from '@/lib/offline/field-db';
import { findPreparedVisits } from '@/lib/offline/prepared-visits';
import { preparedAtLabel } from '@/lib/offline/readiness';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

export function PreparedVisitList() {
  const t = useTranslations('offline.page');
  const format = useFormatter();
  const locale = useLocale();
  const ownerId = useDraftOwner();
  const [visits, setVisits] = useState<PreparedVisit[] | null>(null);

  useEffect(() => {
    if (!ownerId) return;
    findPreparedVisits(ownerId)
      .then((found) => setVisits(found.sort((a, b) => b.bundle.preparedAt.getTime() - a.bundle.preparedAt.getTime())))
      .catch(() => setVisits([]));
  }, [ownerId]);

  if (visits === null) return null;
  if (visits.length === 0) return <EmptyState title={t('empty')} description={t('emptyDescription')} />;
  const now = new Date();
  return (
    <Card>
      <ul className="divide-y divide-slate-200">
        {visits.map(({ visitId, bundle }) => (
          <li key={visitId} className="py-3">
            <Link href={`/site-visits/${visitId}`} className="font-medium text-blue-700 hover:underline">
              {t('visit', { county: bundle.visit.region.name, date: format.dateTime(bundle.visit.visitDate, { dateStyle: 'long' }) })}
            </Link>
            <p className="text-sm text-slate-600">{t('ready', { households: bundle.households.length, time: preparedAtLabel(bundle.preparedAt, now, locale) })}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
