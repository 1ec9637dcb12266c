// Search results grouped by kind of record, each a link to the record's page. Past the limit per
// kind the group says so (and, for findings, links to the filtered findings list, which pages).
import type { ReactNode } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SearchResults } from '@/modules/search/queries';
import { SEARCH_LIMIT } from '@/modules/search/queries';
import { FindingStatusBadge, SeverityBadge } from '@/components/findings/finding-badges';

type Item = { key: string; href: string; title: string; detail?: ReactNode };

function Group({ id, title, items, more, extra }: { id: string; title: string; items: Item[]; more: boolean; extra?: ReactNode }) {
  const t = useTranslations('search');
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`search-${id}`} className="mt-6">
      <h2 id={`search-${id}`} className="mb-2 font-semibold text-slate-900">
        {title} <span className="text-sm font-normal text-slate-600">({t('count', { count: items.length })})</span>
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

const place = (region: { name: string; parent: { name: string } | null }) => (region.parent ? `${region.parent.name} · ${region.name}` : region.name);

export function SearchResultGroups({ results, keyword }: { results: SearchResults; keyword: string }) {
  const t = useTranslations('search');
  const tReports = useTranslations('reportStatus');
  return (
    <>
      <Group
        id="findings"
        title={t('kinds.findings')}
        more={results.findings.more}
        extra={<Link href={`/findings?${new URLSearchParams({ q: keyword })}`} className="text-blue-700 underline">{t('seeAllFindings')}</Link>}
        items={results.findings.rows.map((f) => ({
          key: f.id,
          href: `/findings/${f.id}`,
          title: f.title,
          detail: <>{place(f.region)} <FindingStatusBadge status={f.status} /> <SeverityBadge severity={f.severity} /></>,
        }))}
      />
      <Group
        id="reports"
        title={t('kinds.reports')}
        more={results.reports.more}
        items={results.reports.rows.map((r) => ({ key: r.id, href: `/reports/${r.id}`, title: r.title, detail: <>{r.reportingRegion.name} · {tReports(r.status)}</> }))}
      />
      <Group
        id="households"
        title={t('kinds.households')}
        more={results.households.more}
        items={results.households.rows.map((h) => ({
          key: h.id,
          href: `/regions/${h.rosterImport.regionId}/roster`,
          title: h.headName ? t('household', { code: h.code, head: h.headName }) : t('householdNoHead', { code: h.code }),
          detail: place(h.region),
        }))}
      />
      <Group
        id="assessments"
        title={t('kinds.assessments')}
        more={results.assessments.more}
        items={results.assessments.rows.map((a) => ({
          key: a.id,
          href: `/assessments/${a.id}`,
          title: t('assessment', { campaign: a.campaign.name, number: a.group.number, region: a.targetRegion.name }),
        }))}
      />
    </>
  );
}
