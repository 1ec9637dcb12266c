// Search results grouped by kind of record, each a link to the record's page. Past the limit per
// kind the group says so (and, for findings, links to the filtered findings list, which pages).
import type { ReactNode } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SearchResults } from '@/modules/search/queries';
import { SEARCH_LIMIT } from '@/modules/search/queries';
import { placeName } from '@/modules/regions/place-name';
import { FindingStatusBadge, SeverityBadge } from '@/components/findings/finding-badges';

type Item = { key: string; href: string; title: string; detail?: ReactNode };
type Group = { kind: keyof SearchResults; items: Item[]; extra?: ReactNode };

function ResultGroup({ kind, items, more, extra }: Group & { more: boolean }) {
  const t = useTranslations('search');
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`search-${kind}`} className="mt-6">
      <h2 id={`search-${kind}`} className="mb-2 font-semibold text-slate-900">
        {t(`kinds.${kind}`)} <span className="text-sm font-normal text-slate-600">({t('count', { count: items.length })})</span>
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li key={item.key} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3">
            <Link href={item.href} className="min-w-0 font-medium break-words text-blue-700 hover:underline">{item.title}</Link>
            {item.detail ? <span className="flex flex-wrap items-center gap-2 text-sm text-slate-600">{item.detail}</span> : null}
          </li>
        ))}
      </ul>
      {more ? <p className="mt-2 text-sm text-slate-600">{t('more', { count: SEARCH_LIMIT })} {extra}</p> : null}
    </section>
  );
}

export function SearchResultGroups({ results, keyword }: { results: SearchResults; keyword: string }) {
  const t = useTranslations('search');
  const tReports = useTranslations('reportStatus');
  const groups: Group[] = [
    {
      kind: 'findings',
      extra: <Link href={`/findings?${new URLSearchParams({ q: keyword })}`} className="text-blue-700 underline">{t('seeAllFindings')}</Link>,
      items: results.findings.rows.map((f) => ({
        key: f.id,
        href: `/findings/${f.id}`,
        title: f.title,
        detail: <>{placeName(f.region)} <FindingStatusBadge status={f.status} /> <SeverityBadge severity={f.severity} /></>,
      })),
    },
    {
      kind: 'reports',
      items: results.reports.rows.map((r) => ({ key: r.id, href: `/reports/${r.id}`, title: r.title, detail: <>{r.reportingRegion.name} · {tReports(r.status)}</> })),
    },
    {
      kind: 'households',
      items: results.households.rows.map((h) => ({
        key: h.id,
        href: `/regions/${h.rosterImport.regionId}/roster`,
        title: h.headName ? t('household', { code: h.code, head: h.headName }) : t('householdNoHead', { code: h.code }),
        detail: placeName(h.region),
      })),
    },
    {
      kind: 'assessments',
      items: results.assessments.rows.map((a) => ({
        key: a.id,
        href: `/assessments/${a.id}`,
        title: t('assessment', { campaign: a.campaign.name, number: a.group.number, region: a.targetRegion.name }),
      })),
    },
  ];
  return groups.map((group) => <ResultGroup key={group.kind} {...group} more={results[group.kind].more} />);
}
