// Search (/search?q=…): a keyword over the findings, work reports, households and assessments the
// person may see, grouped by kind, each result linking to its record. Scoped exactly like the lists
// (modules/search/queries.ts); a kind the person cannot read is not shown at all.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getReadDb } from '@/lib/server/read-db';
import { requirePageActor } from '@/modules/auth/actor';
import { parseKeyword } from '@/modules/search/keyword';
import { searchRecords } from '@/modules/search/queries';
import type { SearchParams } from '@/modules/findings/list-params';
import { SearchForm } from '@/components/search/search-form';
import { SearchResultGroups } from '@/components/search/search-results';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('search'))('title') };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor();
  const keyword = parseKeyword((await searchParams).q);
  const t = await getTranslations('search');
  const results = keyword ? await searchRecords(await getReadDb(), actor, keyword) : null;
  const total = results ? Object.values(results).reduce((sum, kind) => sum + kind.rows.length, 0) : 0;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <SearchForm keyword={keyword ?? ''} />
      {!results || !keyword ? (
        <p className="mt-6 text-sm text-slate-600">{t('prompt')}</p>
      ) : total === 0 ? (
        <EmptyState className="mt-6" title={t('none', { q: keyword })} />
      ) : (
        <SearchResultGroups results={results} keyword={keyword} />
      )}
    </>
  );
}
