'use client';

// "Prepare for offline" on a site visit: the visit's check data goes into IndexedDB and its pages into
// the page cache, for this user only; the line below says how much is ready and as of when, and
// whether the browser agreed to keep it (navigator.storage.persist()). A visit prepared before it was
// started (or after it was done) is stored as it was, with forms that take no checks: the card says so.
import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { prepareVisitOfflineAction } from '@/modules/checks/actions';
import { preparedAtLabel } from '@/lib/offline/readiness';
import { SHELL_PAGES, storePages } from '@/lib/offline/page-cache';
import { getPreparedVisit, savePreparedVisit } from '@/lib/offline/prepared-visits';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { visitPageUrls } from '@/components/offline/visit-pages';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { SiteVisitStatus } from '@/lib/generated/prisma/enums';

type Ready = { households: number; preparedAt: Date; pages: number; status: SiteVisitStatus };
type Problem = { key: 'failed'; message: string } | { key: 'offlineNow' | 'unsupported' };

async function askToPersist(): Promise<boolean | null> {
  try {
    return navigator.storage?.persist ? await navigator.storage.persist() : null;
  } catch {
    return null;
  }
}

export function PrepareOffline({ visitId, className }: { visitId: string; className?: string }) {
  const t = useTranslations('offline.prepare');
  const locale = useLocale();
  const ownerId = useDraftOwner();
  const [ready, setReady] = useState<Ready | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!ownerId) return;
    getPreparedVisit(ownerId, visitId)
      .then(async (stored) => {
        if (!stored) return;
        setReady({ households: stored.bundle.households.length, preparedAt: stored.bundle.preparedAt, pages: stored.pages.length, status: stored.bundle.visit.status });
        setPersisted((await navigator.storage?.persisted?.()) ?? null);
      })
      .catch(() => setProblem({ key: 'unsupported' }));
  }, [ownerId, visitId]);

  async function prepare() {
    if (!ownerId) return;
    if (!navigator.onLine) return setProblem({ key: 'offlineNow' });
    setPending(true);
    setProblem(null);
    try {
      const result = await prepareVisitOfflineAction({ siteVisitId: visitId });
      if (!result.ok) return setProblem({ key: 'failed', message: result.message });
      const bundle = result.data;
      const pages = await storePages(ownerId, [...visitPageUrls(visitId, bundle.households.map((h) => h.id)), ...SHELL_PAGES]);
      await savePreparedVisit({ ownerId, visitId, bundle, pages });
      setReady({ households: bundle.households.length, preparedAt: bundle.preparedAt, pages: pages.length, status: bundle.visit.status });
      setPersisted(await askToPersist());
    } catch (error) {
      setProblem(error instanceof TypeError ? { key: 'offlineNow' } : { key: 'unsupported' });
    } finally {
      setPending(false);
    }
  }

  return (
    <Card className={className}>
      <h2 className="font-semibold text-slate-900">{t('title')}</h2>
      <p className="mt-1 text-sm text-slate-600">{t('description')}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant={ready ? 'secondary' : 'primary'} disabled={pending || !ownerId} onClick={() => void prepare()}>
          {pending ? t('preparing') : ready ? t('again') : t('button')}
        </Button>
        <p role="status" data-testid="offline-readiness" className={ready ? 'text-sm font-medium text-green-800' : 'text-sm text-slate-600'}>
          {ready ? t('ready', { households: ready.households, time: preparedAtLabel(ready.preparedAt, new Date(), locale) }) : t('notReady')}
          {ready ? <span className="ml-2 font-normal text-slate-600">{t('pages', { pages: ready.pages })}</span> : null}
        </p>
      </div>
      {ready && ready.status !== 'IN_PROGRESS' ? (
        // The stored check forms are the pages as they were: a visit not started (or done) takes no checks offline.
        <p role="note" className="mt-2 text-sm text-amber-800">{ready.status === 'PLANNED' ? t('notStarted') : t('done')}</p>
      ) : null}
      {ready && persisted !== null ? (
        <p className={persisted ? 'mt-2 text-sm text-slate-600' : 'mt-2 text-sm text-amber-800'}>{persisted ? t('persisted') : t('notPersisted')}</p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {problem.key === 'failed' ? t('failed', { message: problem.message }) : t(problem.key)}
        </p>
      ) : null}
    </Card>
  );
}
