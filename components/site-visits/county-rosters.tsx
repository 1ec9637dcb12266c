// The counties of the target region with their current roster, each linking to its roster page.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';

type Roster = { rowCount: number; createdAt: Date };

export function CountyRosters({ assessmentId, counties, rosters }: { assessmentId: string; counties: { id: string; name: string }[]; rosters: Map<string, Roster> }) {
  const t = useTranslations('siteVisits.assessment');
  const format = useFormatter();
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {counties.map((county) => {
        const roster = rosters.get(county.id);
        return (
          <li key={county.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <Link href={`/regions/${county.id}/roster?assessment=${assessmentId}`} className="text-blue-700 hover:underline" aria-label={`${county.name} ${t('openRoster')}`}>
              {county.name}
            </Link>
            <span className="text-slate-600">
              {roster ? t('rosterSummary', { rows: roster.rowCount, date: format.dateTime(roster.createdAt, { dateStyle: 'medium' }) }) : t('rosterNone')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
